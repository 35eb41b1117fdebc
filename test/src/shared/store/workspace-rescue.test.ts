import { describe, expect, it } from 'vitest';
import { toJsonSafe } from '@/shared/store/bytes';
import { workspaceFromJson, workspaceToJson, type WorkspaceContent } from '@/shared/store/workspace-file';
import { PLAN_DOCS } from '@/shared/store/record-docs';
import { toPlanRecord } from '@/shared/store/plan-records';
import { seedPlan } from '../../../app/plan-fixture';

const plan = seedPlan();
const empty = (): WorkspaceContent => ({ datasets: [], mappings: [], plans: [], reports: [], local: {} });

describe('the rescue list of a workspace file', () => {
  it('carries a record nobody can read, Blob bytes included, and reads back exactly', async () => {
    const raw = {
      v: 1,
      id: 'broken',
      source: {
        kind: 'files',
        files: [{ name: 'x.csv', blob: new Blob([new Uint8Array([0xe0, 0xb8, 0x81])]) }],
      },
      when: new Date(0),
      odd: [NaN, Infinity],
    };
    const first = await workspaceToJson(
      { ...empty(), unreadable: [{ store: 'datasets', id: 'broken', savedAt: 5, why: 'unreadable', raw }] },
      'x',
    );
    const doc = JSON.parse(first) as { unreadable: { raw: Record<string, unknown> }[] };
    expect(doc.unreadable[0]!.raw).toMatchObject({
      source: { files: [{ blob: { $blob: '4LiB', type: '' } }] },
      when: { $date: '1970-01-01T00:00:00.000Z' },
      odd: [{ $number: 'NaN' }, { $number: 'Infinity' }],
    });
    const read = workspaceFromJson(first);
    expect(await workspaceToJson(read!.content, 'x')).toBe(first);
  });

  it('a plan with one damaged measure: the readable plan goes in, the record as it was into the rescue list', async () => {
    const rec = structuredClone(toPlanRecord({ plan, ds: null, createdAt: 1, updatedAt: 2 })) as unknown as {
      plan: { issues: { measures: Record<string, unknown>[] }[] };
    };
    rec.plan.issues[0]!.measures[0]!.effort = 9;
    const text = JSON.stringify({ format: 'ita-lens-workspace', version: 1, plans: [rec] });
    const read = workspaceFromJson(text)!;
    expect(read.skipped).toBe(1);
    const back = PLAN_DOCS.read(read.content.plans[0]);
    expect(back?.doc.plan.issues[0]!.measures).toHaveLength(plan.issues[0]!.measures.length - 1);
    expect(read.content.unreadable).toEqual([
      { store: 'plans', id: plan.id, savedAt: 0, why: 'partial', raw: rec },
    ]);
    // A plan nothing of which reads is not dropped either.
    const lost = workspaceFromJson(
      JSON.stringify({ format: 'ita-lens-workspace', version: 1, plans: ['?'] }),
    )!;
    expect(lost.content.unreadable?.map((u) => u.raw)).toEqual(['?']);
  });

  it('toJsonSafe keeps an own key named __proto__ as a key', async () => {
    const x = JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}') as unknown;
    const safe = (await toJsonSafe(x)) as Record<string, unknown>;
    expect(Object.keys(safe)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
