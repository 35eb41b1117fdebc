import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyResult } from '@analysis/plans/report';
import { toPlanRecord, toReportRecord } from '@/shared/store/plan-records';
import { workspaceFromJson, workspaceToJson, type WorkspaceContent } from '@/shared/store/workspace-file';
import { seedPlan } from './plan-fixture';

/** Text a hostile or damaged workspace file might carry where a string is expected. */
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '{a|rich}',
    '=HYPERLINK("http://x")',
    '__proto__',
    'constructor',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '',
  ),
);

/** Any JSON value, with hostile strings and keys that trip up naive object handling. */
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileText,
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileText, fc.constantFrom('__proto__', 'v', 'id', 'kind')), tie('any'), {
      maxKeys: 5,
    }),
  ),
})).any;

/** A valid workspace with every kind of record: a dataset with a file, the demo, a mapping, a plan, a report. */
async function validDoc(): Promise<Record<string, unknown>> {
  const plan = seedPlan();
  const measureId = plan.issues[0]?.measures[0]?.id ?? 'm1';
  const content: WorkspaceContent = {
    datasets: [
      {
        id: 'ds1',
        label: 'คะแนน.csv',
        source: {
          kind: 'files',
          files: [
            {
              name: 'คะแนน.csv',
              size: 4,
              lastModified: 1,
              blob: new Blob([new Uint8Array([0x41, 0x2c, 0x42, 0x0a])], { type: 'text/csv' }),
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
    plans: [toPlanRecord({ plan, ds: 'ds1', createdAt: 1, updatedAt: 2 })],
    reports: [toReportRecord({ planId: plan.id, results: { [measureId]: emptyResult(measureId) } }, 4)],
    local: { 'ita-lens:settings': '{"lang":"en","digits":"thai"}' },
  };
  return JSON.parse(await workspaceToJson(content, 'x')) as Record<string, unknown>;
}

/** Every path to a value inside the document (below its format and version). */
function paths(x: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (at.length > 0) out.push(at);
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
  else if (typeof x === 'object' && x !== null)
    for (const [k, v] of Object.entries(x))
      if (at.length > 0 || (k !== 'format' && k !== 'version')) paths(v, [...at, k], out);
  return out;
}

type Edit = { pick: number; op: 'replace' | 'delete' | 'text'; value: unknown; text: string };

/** Apply edits to a copy: replace a value, delete it, or put hostile text in its place. */
function mutate(doc: Record<string, unknown>, edits: Edit[]): Record<string, unknown> {
  const copy = structuredClone(doc);
  for (const e of edits) {
    const all = paths(copy);
    const path = all[e.pick % all.length];
    if (!path) continue;
    let parent: unknown = copy;
    for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k];
    const key = path[path.length - 1] as string | number;
    const p = parent as Record<string | number, unknown>;
    if (e.op === 'delete') {
      if (Array.isArray(p)) p.splice(Number(key), 1);
      else delete p[key];
    } else p[key] = e.op === 'text' ? e.text : e.value;
  }
  return copy;
}

const edits = fc.array(
  fc.record({
    pick: fc.nat(),
    op: fc.constantFrom<Edit['op']>('replace', 'delete', 'text'),
    value,
    text: hostileText,
  }),
  { minLength: 0, maxLength: 3 },
);

describe('workspace import of hostile and damaged files', () => {
  it('never throws; what it reads is written back and read again exactly, with nothing skipped', async () => {
    const base = await validDoc();
    const intact = workspaceFromJson(JSON.stringify(base));
    expect(intact?.skipped).toBe(0);
    expect(intact?.content.plans).toHaveLength(1);
    expect(intact?.content.reports).toHaveLength(1);
    const kept = { files: 0, plans: 0, reports: 0, mappings: 0 };
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        const text = JSON.stringify(mutate(base, list));
        const read = workspaceFromJson(text);
        expect(read).not.toBeNull();
        if (!read) return;
        kept.files += read.content.datasets.filter((d) => d.source.kind === 'files').length;
        kept.plans += read.content.plans.length;
        kept.reports += read.content.reports.length;
        kept.mappings += read.content.mappings.length;
        const again = await workspaceToJson(read.content, 'x');
        const reread = workspaceFromJson(again);
        expect(reread?.skipped).toBe(0);
        expect(await workspaceToJson(reread?.content ?? read.content, 'x')).toBe(again);
        // Only the app's own keys are ever written back to localStorage.
        for (const k of Object.keys(read.content.local)) expect(k.startsWith('ita-lens:')).toBe(true);
        expect(({} as Record<string, unknown>).v).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    // The edits leave most records whole, so the property is tested on real records, not only on rejects.
    for (const n of Object.values(kept)) expect(n).toBeGreaterThan(100);
  });

  it('answers null for anything that is not a workspace file, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          value.map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          expect(workspaceFromJson(text)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
