import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { loadBuiltinCatalogue } from '../../tools/node/builtin-catalogue';
import { measuresFor } from '@analysis/measures/query';
import type { Measure } from '@analysis/measures/types';

const THAI = /[\u0E00-\u0E7F]/;
const { measures, problems } = loadBuiltinCatalogue();

const thaiTexts = (m: Measure): string[] => [m.titleTh, m.unitTh, m.evidenceTh, ...m.stepsTh];
const englishTexts = (m: Measure): string[] => [m.titleEn, m.unitEn, m.evidenceEn, ...m.stepsEn];

describe('built-in measures catalogue (data/measures/catalogue.csv)', () => {
  it('parses with no problems and unique ids', () => {
    expect(problems).toEqual([]);
    expect(measures.length).toBeGreaterThanOrEqual(290);
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });

  it('every field is filled: Thai fields hold Thai, English fields English, steps numbered away', () => {
    for (const m of measures) {
      expect(m.stepsTh.length, m.id).toBeGreaterThanOrEqual(2);
      expect(m.stepsEn.length, m.id).toBe(m.stepsTh.length);
      expect(m.timeframe, m.id).toMatch(/^Q[1-4](-Q[1-4])?$/);
      for (const t of thaiTexts(m)) expect(t, m.id).toMatch(THAI);
      for (const t of englishTexts(m)) {
        expect(t, m.id).toMatch(/[A-Za-z]{2}/);
        expect(t, m.id).not.toMatch(THAI);
      }
      for (const s of [...m.stepsTh, ...m.stepsEn]) expect(s, m.id).not.toMatch(/^\d+\./);
    }
  });

  it('every question and OIT item of every framework year has at least two measures', () => {
    const gaps: string[] = [];
    for (const [year, f] of BUILTIN_FRAMEWORKS) {
      const codes = [...f.questions.map((q) => q.code), ...f.oitItems.map((o) => o.code)];
      for (const code of codes)
        if (measuresFor(measures, code, year).length < 2) gaps.push(`${year} ${code}`);
    }
    expect(gaps).toEqual([]);
  });

  it('no measure is keyed to a code its years do not have', () => {
    for (const m of measures) {
      for (let y = m.years[0]; y <= m.years[1]; y++) {
        const f = BUILTIN_FRAMEWORKS.get(y);
        if (!f) continue;
        const known = f.questions.some((q) => q.code === m.code) || f.oitItems.some((o) => o.code === m.code);
        expect(known, `${m.id} in ${y}`).toBe(true);
      }
    }
  });

  it('OIT measures name their own item code, so one code means one item per year range', () => {
    for (const m of measures.filter((x) => x.code.startsWith('O'))) {
      expect(m.evidenceTh, m.id).toContain(m.code);
      expect(m.evidenceEn, m.id).toContain(m.code);
    }
    // O17 is the E-Service in 2562–2565 and the procurement plan in 2566–2567
    expect(measuresFor(measures, 'O17', 2564)[0]?.evidenceEn).toMatch(/E-Service/);
    expect(measuresFor(measures, 'O17', 2566)[0]?.evidenceEn).toMatch(/[Pp]rocurement plan/);
  });

  it('E10 measures publicise complaint channels and protect whistle-blowers', () => {
    for (const year of BUILTIN_FRAMEWORKS.keys()) {
      const e10 = measuresFor(measures, 'E10', year);
      expect(e10.length).toBeGreaterThanOrEqual(2);
      for (const m of e10) {
        const th = [m.titleTh, ...m.stepsTh].join(' ');
        const en = [m.titleEn, ...m.stepsEn].join(' ').toLowerCase();
        expect(th, m.id).toMatch(/ช่องทาง/);
        expect(th, m.id).toMatch(/ร้องเรียน/);
        expect(th, m.id).toMatch(/คุ้มครองผู้แจ้งเบาะแส/);
        expect(en, m.id).toMatch(/channel/);
        expect(en, m.id).toMatch(/whistle-blower/);
      }
      expect(
        e10.some(
          (m) => m.stepsTh.join(' ').match(/ออนไลน์/) && m.stepsTh.join(' ').match(/ออฟไลน์|กล่องรับเรื่อง/),
        ),
      ).toBe(true);
    }
  });

  it('reverse-worded questions get measures that curb the behaviour', () => {
    const curb = /ห้าม|ป้องกัน|ตรวจ|ลงโทษ|ควบคุม|No Gift/;
    for (const [year, f] of BUILTIN_FRAMEWORKS) {
      for (const q of f.questions.filter((x) => x.polarity === 'negative')) {
        const ms = measuresFor(measures, q.code, year);
        expect(ms.length, `${year} ${q.code}`).toBeGreaterThanOrEqual(2);
        expect(
          ms.some((m) => curb.test([m.titleTh, ...m.stepsTh].join(' '))),
          `${year} ${q.code}`,
        ).toBe(true);
      }
    }
    // I9 is reverse-worded up to 2565 and positive from 2566: different measures
    const early = measuresFor(measures, 'I9', 2564).map((m) => m.id);
    const late = measuresFor(measures, 'I9', 2566).map((m) => m.id);
    expect(early.filter((id) => late.includes(id))).toEqual([]);
  });

  it('OIT publications are mostly low effort; every effort is 1–3', () => {
    const oit = measures.filter((m) => m.code.startsWith('O'));
    expect(oit.filter((m) => m.effort === 1).length / oit.length).toBeGreaterThan(0.8);
    for (const m of measures) expect([1, 2, 3]).toContain(m.effort);
  });
});
