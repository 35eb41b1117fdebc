import { describe, expect, it } from 'vitest';
import { headingOf, ISSUE_HEADINGS } from '@analysis/frameworks/issue-headings';
import { parseFrameworkJson } from '@analysis/frameworks/load-framework';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import type { Framework } from '@analysis/frameworks/types';
import { markLabel, oitMark, questionMark } from '@analysis/frameworks/wording';
import { SEED004_HEADINGS } from '../plans/fixture';

const all = [...BUILTIN_FRAMEWORKS.values()];
const get = (year: number): Framework => {
  const f = BUILTIN_FRAMEWORKS.get(year);
  if (!f) throw new Error(`missing ${year}`);
  return f;
};
const heading = (f: Framework, code: string) => headingOf(f, code)?.heading.no;

describe('the seven standard issue headings', () => {
  it('are those of seed 004, in its order', () => {
    expect(ISSUE_HEADINGS.map((h) => h.titleTh)).toEqual(SEED004_HEADINGS);
  });

  it.each(all)('$year: every IIT/EIT question and OIT item is mapped by the data (no fallback)', (f) => {
    for (const code of [...f.questions.map((q) => q.code), ...f.oitItems.map((o) => o.code)]) {
      expect(headingOf(f, code), `${f.year} ${code}`).toMatchObject({ how: 'mapped' });
    }
  });

  it('places the questions seed 004 places, and the OIT items by what they publish', () => {
    const f = get(2566);
    expect(['E1', 'E4', 'I1'].map((c) => heading(f, c))).toEqual([1, 1, 1]);
    expect(['E11', 'E13', 'E14'].map((c) => heading(f, c))).toEqual([2, 2, 2]);
    expect(['E6', 'E9'].map((c) => heading(f, c))).toEqual([3, 3]);
    expect(['I21', 'I9', 'I16', 'E10', 'E15', 'I30'].map((c) => heading(f, c))).toEqual([4, 5, 6, 7, 7, 7]);
    // 2566: O16 E-Service → 2, O17 procurement plan → 5, O21 HR → 6, O29 No Gift → 7, O1 structure → 3.
    expect(['O16', 'O17', 'O21', 'O29', 'O1'].map((c) => heading(f, c))).toEqual([2, 5, 6, 7, 3]);
    expect(heading(get(2568), 'O22')).toBe(7);
  });

  it('an item a user file adds is placed by its sub-indicator', () => {
    const { frameworks } = parseFrameworkJson(
      JSON.stringify({
        year: 2569,
        basedOn: 2568,
        oitItems: { O27: { subIndicator: '9.3', titleTh: 'ข้อใหม่', titleEn: 'New item' } },
      }),
      'fw.json',
    );
    const f = frameworks[0];
    if (!f) throw new Error('no framework');
    expect(headingOf(f, 'O27')).toMatchObject({ how: 'fallback', heading: { no: 5 } });
  });
});

describe('wording marks', () => {
  it('2566+: seed 004 wording unmarked, E5 a summary, the other IIT items quote the 2564 form', () => {
    const f = get(2567);
    const mark = (code: string) => {
      const q = f.questions.find((x) => x.code === code);
      return q ? questionMark(q) : null;
    };
    for (const c of ['E1', 'E8', 'E10', 'E15', 'I9', 'I14', 'I16', 'I21']) expect(mark(c), c).toBeNull();
    expect(mark('E5')).toEqual({ kind: 'paraphrase' });
    expect(mark('I1')).toEqual({ kind: 'earlier-form', formYear: 2564 });
    expect(markLabel({ kind: 'earlier-form', formYear: 2564 }, 'th')).toBe(
      'ถ้อยคำตามแบบวัดปี พ.ศ. 2564 ยังไม่พบถ้อยคำของปีนี้',
    );
  });

  it('2562–2565: IIT quoted from the 2564 form, EIT summaries marked', () => {
    const f = get(2564);
    expect(f.questions.find((q) => q.code === 'I4')?.textTh).toMatch(
      /^บุคลากรในหน่วยงานของท่าน มีการเรียกรับสิ่งดังต่อไปนี้/,
    );
    expect(f.questions.filter((q) => q.tool === 'IIT').every((q) => questionMark(q) === null)).toBe(true);
    expect(f.questions.filter((q) => q.tool === 'EIT').every((q) => q.paraphrase)).toBe(true);
  });

  it('OIT titles: 2563–2565 confirmed; 2566–2567 O1–O3 confirmed, the rest marked; every 2568 title marked', () => {
    expect(get(2565).oitItems.every((o) => oitMark(o) === null)).toBe(true);
    const o2566 = get(2566).oitItems;
    expect(o2566.slice(0, 3).map((o) => o.titleStatus)).toEqual([undefined, undefined, undefined]);
    expect(o2566.slice(3).every((o) => o.titleStatus)).toBe(true);
    expect(o2566.find((o) => o.code === 'O27')?.titleStatus).toBe('inferred');
    const o2568 = get(2568).oitItems;
    expect(o2568.every((o) => o.titleStatus)).toBe(true);
    expect(o2568.filter((o) => o.titleStatus === 'inferred').map((o) => o.code)).toEqual([
      'O2',
      'O5',
      'O6',
      'O7',
    ]);
    expect(o2568.find((o) => o.code === 'O22')?.titleTh).toBe('รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา');
  });

  it('a user file vouches for the texts it gives: marks go for those, stay for the rest', () => {
    const { frameworks, problems } = parseFrameworkJson(
      JSON.stringify({
        year: 2568,
        basedOn: 2568,
        questions: { E5: { textTh: 'หน่วยงานคำนึงถึงประโยชน์ของประชาชนและส่วนรวม มากน้อยเพียงใด' } },
        oitItems: { O5: { titleTh: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', titleEn: 'Strategic plan' } },
      }),
      'fw.json',
    );
    expect(problems).toEqual([]);
    const f = frameworks[0];
    if (!f) throw new Error('no framework');
    expect(f.questions.find((q) => q.code === 'E5')?.paraphrase).toBeUndefined();
    expect(f.questions.find((q) => q.code === 'I1')?.formYear).toBe(2564);
    expect(f.oitItems.find((o) => o.code === 'O5')?.titleStatus).toBeUndefined();
    expect(f.oitItems.find((o) => o.code === 'O6')?.titleStatus).toBe('inferred');
  });
});
