import { describe, expect, it } from 'vitest';
import type { Plan } from '@analysis/plans/types';
import { readPlan } from '@/shared/store/plan-records';
import { salvage } from '@/shared/store/salvage';
import { seedPlan } from '../../../app/plan-fixture';

const plan = seedPlan();
type Loose = Record<string | number, unknown>;
/** Follow a dotted path (`issues.0.measures`) into a copy of the plan. */
const at = (x: unknown, path: string): Loose =>
  path.split('.').reduce<unknown>((o, k) => (o as Loose)[k], x) as Loose;
const damaged = (fn: (p: Loose) => void): unknown => {
  const p = structuredClone(plan) as unknown as Loose;
  fn(p);
  return p;
};
const measures = (p: Plan) => p.issues.flatMap((i) => i.measures.map((m) => m.id));

describe('salvage: read what is valid of a damaged plan', () => {
  it('a plan that reads whole comes back as it is, nothing dropped', () => {
    const s = salvage(plan, readPlan);
    expect(s?.value).toEqual(plan);
    expect(s?.dropped).toEqual([]);
  });

  it('one damaged field of one measure: only that measure is left out, and named', () => {
    const bad = plan.issues[0]!.measures[1]!;
    const s = salvage(
      damaged((p) => (at(p, 'issues.0.measures.1').effort = 'lots')),
      readPlan,
    );
    expect(s).not.toBeNull();
    expect(measures(s!.value)).toEqual(measures(plan).filter((id) => id !== bad.id));
    expect(s!.value.issues.map((i) => i.titleTh)).toEqual(plan.issues.map((i) => i.titleTh));
    expect(s!.dropped).toHaveLength(1);
    expect(s!.dropped[0]).toMatchObject({
      path: ['issues', 0, 'measures', 1],
      list: 'measures',
      label: bad.titleTh,
    });
    expect((s!.dropped[0]!.raw as Record<string, unknown>).effort).toBe('lots');
    // What was read is what is stored back: it reads whole.
    expect(readPlan(s!.repaired)).toEqual(s!.value);
  });

  it('a step that is not text takes its measure with it, the other measures and issues stay', () => {
    const s = salvage(
      damaged((p) => (at(p, 'issues.1.measures.0.stepsTh')[0] = 42)),
      readPlan,
    )!;
    expect(s.dropped.map((d) => d.path)).toEqual([['issues', 1, 'measures', 0]]);
    expect(s.value.issues).toHaveLength(plan.issues.length);
  });

  it('a repeated measure id: the first is kept, the repeat left out', () => {
    const s = salvage(
      damaged((p) =>
        (at(p, 'issues.1.measures') as unknown as unknown[]).push(
          structuredClone(at(p, 'issues.0.measures.0')),
        ),
      ),
      readPlan,
    )!;
    expect(measures(s.value)).toEqual(measures(plan));
    expect(s.dropped).toHaveLength(1);
  });

  it('several damaged parts in different issues are each left out on their own', () => {
    const s = salvage(
      damaged((p) => {
        at(p, 'issues.0.questions.0').score = 'high';
        at(p, 'issues.1.measures.0').titleTh = null;
        at(p, 'issues')[2] = 'garbage';
      }),
      readPlan,
    )!;
    expect(s.dropped.map((d) => [d.list, d.path.join('.')])).toEqual([
      ['questions', 'issues.0.questions.0'],
      ['measures', 'issues.1.measures.0'],
      ['issues', 'issues.2'],
    ]);
    expect(s.value.issues.map((i) => i.id)).toEqual(plan.issues.filter((_, i) => i !== 2).map((i) => i.id));
  });

  it('damage to the plan’s own fields: nothing can be read (the caller keeps the record aside)', () => {
    expect(
      salvage(
        damaged((p) => (p.orgName = 7)),
        readPlan,
      ),
    ).toBeNull();
    expect(salvage('not a plan', readPlan)).toBeNull();
  });

  it('a field the salvage has never heard of is kept or dropped with its element, by the validator', () => {
    // A validator of a later plan model (headings with ids); salvage lists no field, so it just works.
    type H = { id: string; textTh: string };
    const read = (x: unknown) => {
      const hs = (x as { headings?: unknown }).headings;
      if (!Array.isArray(hs)) return null;
      return hs.every((h: H) => typeof h.id === 'string' && typeof h.textTh === 'string')
        ? (hs as H[])
        : null;
    };
    const s = salvage(
      {
        headings: [
          { id: 'a', textTh: 'ก' },
          { id: 'b', textTh: 5 },
          { id: 'c', textTh: 'ค' },
        ],
      },
      read,
    )!;
    expect(s.value.map((h) => h.id)).toEqual(['a', 'c']);
    expect(s.dropped[0]?.label).toBe('b');
  });
});
