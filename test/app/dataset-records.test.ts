import { describe, expect, it } from 'vitest';
import type { DatasetEntry } from '@/shared/dataset/types';
import { fromRecord, toRecord } from '@/shared/store/dataset-records';
import { classifyStorageError } from '@/shared/store/storage-status';

const entry: DatasetEntry = {
  id: 'f1',
  label: 'scores.csv',
  source: {
    kind: 'files',
    files: [{ name: 'scores.csv', size: 3, lastModified: 1, blob: new Blob(['a,b']) }],
  },
  options: { orgName: 'อบต.ทดสอบ', year: 2567 },
  mappings: { sig: { 0: 'org_name', 1: 'score' } },
  addedAt: 5,
};

describe('stored dataset records', () => {
  it('round-trips an entry, original bytes included', async () => {
    const back = fromRecord(structuredClone(toRecord(entry)));
    expect(back).toMatchObject({ id: 'f1', options: entry.options, mappings: entry.mappings, addedAt: 5 });
    const file = back?.source.kind === 'files' ? back.source.files[0] : undefined;
    expect(await file?.blob.text()).toBe('a,b');
  });

  it('keeps the demo and the examples by reference', () => {
    expect(fromRecord({ v: 1, id: 'demo', label: 'd', source: { kind: 'demo' } })?.source).toEqual({
      kind: 'demo',
    });
    expect(
      fromRecord({ v: 1, id: 'e', label: 'e', source: { kind: 'example', example: 'nope' } }),
    ).toBeNull();
  });

  it('rejects damaged or unknown records instead of crashing', () => {
    for (const bad of [
      null,
      'x',
      {},
      { v: 2, id: 'a', label: 'a', source: { kind: 'demo' } },
      { v: 1, id: 'a', label: 'a', source: { kind: 'files', files: 'nope' } },
      { v: 1, id: 'a', label: 'a', source: { kind: 'files', files: [{ name: 'x' }] } },
    ])
      expect(fromRecord(bad)).toBeNull();
    // A bad option or mapping is dropped, not fatal.
    const r = fromRecord({
      v: 1,
      id: 'a',
      label: 'a',
      source: { kind: 'demo' },
      options: { year: 'x' },
      mappings: { s: { a: 1 } },
    });
    expect(r?.options).toEqual({});
    expect(r?.mappings).toEqual({});
  });

  it('tells a full store from a missing one', () => {
    expect(classifyStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(classifyStorageError(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new Error('x'))).toBe('failed');
  });
});
