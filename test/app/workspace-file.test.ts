import { describe, expect, it } from 'vitest';
import { workspaceFromJson, workspaceToJson, type WorkspaceContent } from '@/shared/store/workspace-file';

const content = (): WorkspaceContent => ({
  datasets: [
    {
      id: 'ds1',
      label: 'scores.csv',
      source: {
        kind: 'files',
        files: [
          {
            name: 'scores.csv',
            size: 9,
            lastModified: 1700000000000,
            blob: new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x2c, 0xe0, 0xb8, 0x81, 0x0a])], {
              type: 'text/csv',
            }),
          },
        ],
      },
      options: { orgName: 'อบต.ก', year: 2567 },
      mappings: { sig: { 0: 'org_id', 1: 'score' } },
      addedAt: 5,
    },
    { id: 'demo', label: 'demo', source: { kind: 'demo' }, options: {}, mappings: {}, addedAt: 1 },
  ],
  mappings: [{ signature: 'a\u241Fb', mapping: { 0: 'org_id', 1: 'E10' }, savedAt: 3 }],
  plans: [],
  reports: [],
  local: { 'ita-lens:settings': '{"lang":"en","digits":"thai"}' },
});

describe('workspace file', () => {
  it('round-trips exactly: bytes of files, mappings, settings', async () => {
    const first = await workspaceToJson(content(), '2026-11-22T00:00:00.000Z');
    const read = workspaceFromJson(first);
    expect(read?.skipped).toBe(0);
    const again = await workspaceToJson(read?.content as WorkspaceContent, '2026-11-22T00:00:00.000Z');
    expect(again).toBe(first);
    const file = read?.content.datasets[0]?.source;
    if (file?.kind !== 'files') throw new Error('files lost');
    expect(Array.from(new Uint8Array(await file.files[0]!.blob.arrayBuffer()))).toEqual([
      0xef, 0xbb, 0xbf, 0x41, 0x2c, 0xe0, 0xb8, 0x81, 0x0a,
    ]);
  });

  it('skips damaged records, keeps the rest; rejects what is not a workspace file', async () => {
    const doc = JSON.parse(await workspaceToJson(content()));
    doc.datasets.push({ v: 1, id: '', label: 1 });
    doc.mappings.push({ signature: 5 });
    doc.local['not-ours'] = 'x';
    const read = workspaceFromJson(JSON.stringify(doc));
    expect(read?.skipped).toBe(2);
    expect(read?.content.datasets).toHaveLength(2);
    expect(Object.keys(read?.content.local ?? {})).toEqual(['ita-lens:settings']);
    expect(workspaceFromJson('not json')).toBeNull();
    expect(workspaceFromJson('{"format":"other"}')).toBeNull();
  });
});
