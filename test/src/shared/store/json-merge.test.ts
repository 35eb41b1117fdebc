import { describe, expect, it } from 'vitest';
import type { Plan } from '@analysis/plans/types';
import { ABSENT, addConflicts, getAt, merge3, setAt } from '@/shared/store/json-merge';
import { seedPlan } from '../../../app/plan-fixture';

const plan = seedPlan();
const edit = (fn: (p: Plan) => void): Plan => {
  const p = structuredClone(plan);
  fn(p);
  return p;
};
const m0 = (p: Plan) => p.issues[0]!.measures[0]!;

describe('three-way merge of two tabs’ versions of a plan', () => {
  it('edits to different fields both survive, with no conflict', () => {
    const a = edit((p) => (m0(p).titleTh = 'ชื่อใหม่จากแท็บ A'));
    const b = edit((p) => (p.issues[0]!.titleTh = 'ประเด็นใหม่จากแท็บ B'));
    const { value, conflicts } = merge3(plan, b, a);
    expect(conflicts).toEqual([]);
    expect(m0(value).titleTh).toBe('ชื่อใหม่จากแท็บ A');
    expect(value.issues[0]!.titleTh).toBe('ประเด็นใหม่จากแท็บ B');
    // The rest is the plan as it was.
    expect(
      edit((p) => ((m0(p).titleTh = 'ชื่อใหม่จากแท็บ A'), (p.issues[0]!.titleTh = 'ประเด็นใหม่จากแท็บ B'))),
    ).toEqual(value);
  });

  it('the same field changed in both: mine stays in place, theirs is kept in the conflict', () => {
    const a = edit((p) => (m0(p).titleTh = 'ข้อความของ A'));
    const b = edit((p) => (m0(p).titleTh = 'ข้อความของ B'));
    const { value, conflicts } = merge3(plan, b, a, 1000);
    expect(m0(value).titleTh).toBe('ข้อความของ B');
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(c).toMatchObject({ kept: 'ข้อความของ B', other: 'ข้อความของ A', at: 1000 });
    expect(getAt(value, c.path)).toBe('ข้อความของ B');
    // The path names the issue and measure by identity, not position.
    expect(c.path).toEqual([
      'issues',
      { by: 'id', id: plan.issues[0]!.id },
      'measures',
      { by: 'id', id: m0(plan).id },
      'titleTh',
    ]);
  });

  it('steps edited at different positions merge; a step list grown in both is one conflict, both kept', () => {
    const a = edit((p) => (m0(p).stepsTh[0] = 'ขั้นที่หนึ่ง (A)'));
    const b = edit((p) => (m0(p).stepsTh[1] = 'ขั้นที่สอง (B)'));
    const r = merge3(plan, a, b);
    expect(r.conflicts).toEqual([]);
    expect(m0(r.value).stepsTh.slice(0, 2)).toEqual(['ขั้นที่หนึ่ง (A)', 'ขั้นที่สอง (B)']);
    const a2 = edit((p) => m0(p).stepsTh.push('เพิ่มโดย A'));
    const b2 = edit((p) => m0(p).stepsTh.push('เพิ่มโดย B'));
    const r2 = merge3(plan, a2, b2);
    expect(r2.conflicts).toHaveLength(1);
    expect(m0(r2.value).stepsTh.at(-1)).toBe('เพิ่มโดย A');
    expect((r2.conflicts[0]!.other as string[]).at(-1)).toBe('เพิ่มโดย B');
  });

  it('measures added in both tabs are both kept, each after the one it followed', () => {
    const extra = (id: string) => ({ ...m0(plan), id, titleTh: id });
    const a = edit((p) => p.issues[0]!.measures.splice(1, 0, extra('added-a')));
    const b = edit((p) => p.issues[0]!.measures.push(extra('added-b')));
    const { value, conflicts } = merge3(plan, a, b);
    expect(conflicts).toEqual([]);
    const ids = value.issues[0]!.measures.map((x) => x.id);
    expect(ids).toEqual([
      m0(plan).id,
      'added-a',
      ...plan.issues[0]!.measures.slice(1).map((x) => x.id),
      'added-b',
    ]);
  });

  it('a reorder in one tab and an edit in the other: both', () => {
    const a = edit((p) => p.issues.reverse());
    const b = edit((p) => (p.issues[0]!.limitationsTh = 'งบประมาณจำกัด'));
    const { value, conflicts } = merge3(plan, b, a);
    expect(conflicts).toEqual([]);
    expect(value.issues.map((i) => i.id)).toEqual([...plan.issues].reverse().map((i) => i.id));
    expect(value.issues.find((i) => i.id === plan.issues[0]!.id)!.limitationsTh).toBe('งบประมาณจำกัด');
  });

  it('removed in one tab, changed in the other: the changed measure is kept and the removal reported', () => {
    const id = m0(plan).id;
    const a = edit((p) => p.issues[0]!.measures.shift());
    const b = edit((p) => (m0(p).unitTh = 'กองคลัง'));
    const { value, conflicts } = merge3(plan, a, b);
    expect(value.issues[0]!.measures.find((x) => x.id === id)?.unitTh).toBe('กองคลัง');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).not.toHaveProperty('other');
    // Removed in one and untouched in the other: removed, quietly.
    const c = edit((p) => (p.issues[1]!.titleTh = 'x'));
    const r = merge3(plan, a, c);
    expect(r.conflicts).toEqual([]);
    expect(r.value.issues[0]!.measures.some((x) => x.id === id)).toBe(false);
  });

  it('a field the merge has never heard of (added by a later version) merges like any other', () => {
    type WithHeading = Plan & { headings: { id: string; textTh: string }[] };
    const base = { ...plan, headings: [{ id: 'h1', textTh: 'หัวข้อหนึ่ง' }] } as WithHeading;
    const a = { ...structuredClone(base), headings: [{ id: 'h1', textTh: 'หัวข้อแก้โดย A' }] };
    const b = structuredClone(base);
    m0(b).evidenceTh = 'หลักฐานจาก B';
    const { value, conflicts } = merge3<WithHeading>(base, a, b);
    expect(conflicts).toEqual([]);
    expect(value.headings[0]!.textTh).toBe('หัวข้อแก้โดย A');
    expect(m0(value).evidenceTh).toBe('หลักฐานจาก B');
  });

  it('two tabs that each drafted the plan from nothing: identical parts merge, differing ones conflict', () => {
    const b = edit((p) => (m0(p).titleTh = 'ต่างกัน'));
    const { value, conflicts } = merge3<Plan>(null, plan, b);
    expect(conflicts).toHaveLength(1);
    expect(m0(value).titleTh).toBe(m0(plan).titleTh);
  });
});

describe('conflict lists and paths', () => {
  it('one entry per place, the newest replacing the older', () => {
    const c1 = { id: '1', path: ['a'], kept: 'x', other: 'y', at: 1 };
    const c2 = { id: '2', path: ['b'], kept: 'x', other: 'y', at: 1 };
    const c3 = { id: '3', path: ['a'], kept: 'z', other: 'w', at: 2 };
    expect(addConflicts([c1, c2], [c3]).map((c) => c.id)).toEqual(['2', '3']);
  });

  it('setAt writes by identity, removes with ABSENT, and puts a vanished element back', () => {
    const doc = {
      xs: [
        { id: 'a', t: 1 },
        { id: 'b', t: 2 },
      ],
    };
    expect(setAt(doc, ['xs', { by: 'id', id: 'b' }, 't'], 5)).toEqual({
      xs: [
        { id: 'a', t: 1 },
        { id: 'b', t: 5 },
      ],
    });
    expect(setAt(doc, ['xs', { by: 'id', id: 'a' }], ABSENT)).toEqual({ xs: [{ id: 'b', t: 2 }] });
    expect(setAt(doc, ['xs', { by: 'id', id: 'c' }], { id: 'c', t: 3 }).xs).toHaveLength(3);
    expect(getAt(doc, ['xs', { by: 'id', id: 'z' }, 't'])).toBe(ABSENT);
  });
});
