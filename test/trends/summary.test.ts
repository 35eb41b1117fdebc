import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round } from '@analysis/scoring/round';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { trendSummary, type TrendSentence } from '@analysis/trends/summary';
import type { AgencyTrend } from '@analysis/trends/types';
import { AGENCIES, build, ind, type AgencySpec } from './helpers';

const { ds, sb } = build(AGENCIES);
const trendOf = (key: string): AgencyTrend => {
  const t = agencyTrend(ds, sb, key);
  if (!t) throw new Error(`no trend for ${key}`);
  return t;
};
const texts = (s: TrendSentence[]) => s.map((x) => x.text);

describe('trendSummary', () => {
  it('says, in Thai, what an executive needs from the numbers', () => {
    expect(texts(trendSummary(trendOf('A'), 'th', 'arabic'))).toEqual([
      'ปีงบประมาณ 2568 ได้ 93.30 คะแนน ระดับผล ผ่าน',
      'คะแนนลดลง 0.98 คะแนนจากปีก่อน (ปี 2567: 94.28)',
      'ผ่านเกณฑ์ 85 เป็นปีที่ 4 ติดต่อกัน',
      'ตัวชี้วัดที่ยังต่ำกว่า 85 คือ การปรับปรุงระบบการทำงาน (80.00) และ ประสิทธิภาพการสื่อสาร (84.00)',
      'เครื่องมือที่ต่ำกว่า 85 คือ EIT (84.67) ระดับผ่านดีขึ้นไปต้องได้ทุกเครื่องมือ 85 ขึ้นไป',
      'อันดับที่ 2 จาก 3 หน่วยงานประเภทเทศบาลตำบลในจังหวัดตราด (ปี 2567 อันดับที่ 1 จาก 2)',
      'ไม่มีข้อมูลปี 2564 (แสดงเป็นช่องว่าง ไม่ใช่ศูนย์)',
      'ตั้งแต่ปี 2566 ระดับผลใช้เกณฑ์ใหม่ (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน แทน AA–F)',
    ]);
  });

  it('says the same in English, with Thai digits when asked', () => {
    const s = trendSummary(trendOf('A'), 'en', 'thai');
    expect(s.map((x) => x.kind)).toEqual([
      'latest',
      'change',
      'pass',
      'indicators',
      'tools',
      'rank',
      'gaps',
      'rules',
    ]);
    expect(s[0]?.text).toBe('Fiscal year ๒๕๖๘: ๙๓.๓๐ points, rated Pass.');
    expect(s[1]?.text).toBe('Down ๐.๙๘ points from the year before (๒๕๖๗: ๙๔.๒๘).');
    expect(s[2]?.text).toBe('Passed the ๘๕ mark ๔ years in a row.');
  });

  it('names the year compared with when data are missing between', () => {
    const t = trendOf('A');
    const upTo2565 = { ...t, years: t.years.filter((y) => y.year <= 2565) };
    const s = texts(trendSummary(upTo2565, 'th', 'arabic'));
    expect(s[1]).toBe('คะแนนเพิ่มขึ้น 4.00 คะแนนจากปี 2563 (86.00) ซึ่งเป็นปีก่อนหน้าที่มีข้อมูล');
    expect(s[2]).toBe('ผ่านเกณฑ์ 85');
  });

  it('says a first pass after a fail, and a shortfall', () => {
    const t = trendOf('A');
    const s2563 = texts(trendSummary({ ...t, years: t.years.slice(0, 2) }, 'th', 'arabic'));
    expect(s2563[2]).toBe('ผ่านเกณฑ์ 85 (ปีก่อนยังไม่ผ่าน)');
    const s2562 = texts(trendSummary({ ...t, years: t.years.slice(0, 1) }, 'th', 'arabic'));
    expect(s2562.slice(0, 4)).toEqual([
      'ปีงบประมาณ 2562 ได้ 80.00 คะแนน ระดับผล B',
      'ไม่มีคะแนนปีก่อนหน้าให้เปรียบเทียบ',
      'ยังไม่ผ่านเกณฑ์ 85 ขาดอีก 5.00 คะแนน',
      'ตัวชี้วัดที่ยังต่ำกว่า 85 คือ การปฏิบัติหน้าที่ (80.00), การใช้งบประมาณ (80.00), การใช้อำนาจ (80.00), การใช้ทรัพย์สินของราชการ (80.00) และอีก 6 ตัวชี้วัด',
    ]);
  });

  it('handles a published overall with no indicators, and the latest year missing', () => {
    expect(texts(trendSummary(trendOf('E'), 'th', 'arabic')).slice(0, 5)).toEqual([
      'ปีงบประมาณ 2563 (ปีล่าสุดที่มีข้อมูล) ได้ 77.50 คะแนน ตามที่ประกาศ ระดับผล B',
      'ไม่มีคะแนนปีก่อนหน้าให้เปรียบเทียบ',
      'ยังไม่ผ่านเกณฑ์ 85 ขาดอีก 7.50 คะแนน',
      'ไม่มีคะแนนรายตัวชี้วัดของปีนี้',
      'ไม่มีข้อมูลปี 2562, 2564–2568 (แสดงเป็นช่องว่าง ไม่ใช่ศูนย์)',
    ]);
  });

  it('says so when the agency has no score at all', () => {
    const t = trendOf('A');
    const empty = { ...t, years: t.years.filter((y) => y.year === 2564) };
    expect(trendSummary(empty, 'th', 'arabic')).toEqual([
      { kind: 'none', text: 'ไม่มีคะแนนของหน่วยงานนี้ในข้อมูลที่เปิดอยู่' },
    ]);
  });
});

/** Every decimal number written in a text, as numbers. */
const decimals = (s: string) => [...s.matchAll(/\d+\.\d\d/g)].map((m) => Number(m[0]));
/** Rounded as every published figure is (half away from zero, 2 decimals). */
const r2 = (v: number) => round(v, 2);

describe('trendSummary matches the numbers (random trends)', () => {
  const YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568];
  const score = fc.integer({ min: 5000, max: 10000 }).map((n) => n / 100);
  const yearData = fc.option(fc.array(score, { minLength: 10, maxLength: 10 }), { nil: undefined, freq: 3 });
  const agency = fc.array(yearData, { minLength: 7, maxLength: 7 });

  it('states the latest score, the change, the streak and every weak indicator as the trend has them', () => {
    fc.assert(
      fc.property(agency, (data) => {
        const spec: AgencySpec = { id: 'R', name: 'สุ่ม', type: 'อบต.', province: 'ตราด', years: {} };
        data.forEach((v, k) => {
          if (v) spec.years[YEARS[k] as number] = v;
        });
        const other: AgencySpec = {
          id: 'O',
          name: 'อื่น',
          type: 'อบต.',
          province: 'ตราด',
          years: { 2562: ind(90), 2568: ind(90) },
        };
        const built = build([spec, other]);
        const t = agencyTrend(built.ds, built.sb, 'R') as AgencyTrend;
        const s = trendSummary(t, 'th', 'arabic');
        const scored = t.years.filter((y) => y.overall !== null);
        if (scored.length === 0) return expect(s[0]?.kind).toBe('none');
        const last = scored.at(-1) as (typeof scored)[number];
        const by = (kind: string) => s.find((x) => x.kind === kind)?.text ?? '';
        // Latest: its year and score.
        expect(by('latest')).toContain(`ปีงบประมาณ ${last.year}`);
        expect(decimals(by('latest'))).toEqual([r2(last.overall as number)]);
        // Change: the difference of the two scores shown, with the right direction word.
        const prev = scored.at(-2);
        if (!prev) expect(by('change')).toBe('ไม่มีคะแนนปีก่อนหน้าให้เปรียบเทียบ');
        else {
          const [d, was] = decimals(by('change'));
          expect(was).toBe(r2(prev.overall as number));
          const diff = r2(r2(last.overall as number) - r2(prev.overall as number));
          if (diff === 0) expect(by('change')).toMatch(/^คะแนนเท่ากับ/);
          else {
            expect(d).toBe(Math.abs(diff));
            expect(by('change')).toMatch(diff > 0 ? /^คะแนนเพิ่มขึ้น/ : /^คะแนนลดลง/);
          }
          expect(by('change')).toContain(`ปี ${prev.year}`);
        }
        // Pass: the streak counted over consecutive years, or the shortfall.
        if (r2(last.overall as number) >= 85) {
          let run = 0;
          for (let y = last.year; t.years.find((r) => r.year === y)?.pass === true; y--) run++;
          if (run >= 2) expect(by('pass')).toBe(`ผ่านเกณฑ์ 85 เป็นปีที่ ${run} ติดต่อกัน`);
          else expect(by('pass')).toMatch(/^ผ่านเกณฑ์ 85( \(ปีก่อนยังไม่ผ่าน\))?$/);
        } else expect(decimals(by('pass'))).toEqual([r2(85 - r2(last.overall as number))]);
        // Indicators: the weak ones, lowest first, up to four by name with their scores.
        const weak = last.indicators
          .filter((v): v is number => v !== null && r2(v) < 85)
          .sort((x, y) => x - y);
        if (weak.length === 0) expect(by('indicators')).toMatch(/^ทุกตัวชี้วัด/);
        else {
          expect(decimals(by('indicators'))).toEqual(weak.slice(0, 4).map(r2));
          if (weak.length > 4) expect(by('indicators')).toContain(`และอีก ${weak.length - 4} ตัวชี้วัด`);
        }
      }),
      { numRuns: 60, seed: 20240601 },
    );
  });
});
