import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '@analysis/measures/parse-catalogue';
import { repoPath } from '../helpers';
import { readFileSync } from 'node:fs';
import { codeText } from '@/features/gap/lib/code-text';
import { groupMeasures, measuresOfIndicator } from '@/features/gap/lib/measure-groups';
import { missingSummary } from '@/features/gap/lib/missing-summary';
import { seed001, seed004 } from './gap-helpers';

const catalogue = parseCatalogue(
  readFileSync(repoPath('data/measures/catalogue.csv'), 'utf8').replace(/^\uFEFF/, ''),
  'catalogue.csv',
).measures;

describe('missing data', () => {
  it('seed 004: every indicator without a score, every absent question named with its wording', () => {
    const x = seed004();
    const list = missingSummary(x.assessment, x.framework);
    const one = list.find((i) => i.id === 1);
    expect(one?.scoreMissing).toBe(true);
    expect(one?.codes.map((c) => c.code)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6']);
    expect(one?.codes[0]?.textTh).toBe(x.framework.questions.find((q) => q.code === 'I1')?.textTh);
    const six = list.find((i) => i.id === 6);
    expect(six?.codes.map((c) => c.code)).toEqual(['E5']);
    // OIT level absent: indicators 9 and 10 lack a score, but 40-odd items are not listed one by one.
    expect(list.find((i) => i.id === 9)).toMatchObject({ scoreMissing: true, codes: [] });
    expect(list.some((i) => i.id === 7)).toBe(false);
  });

  it('seed 001: nothing missing', () => {
    const x = seed001();
    expect(missingSummary(x.assessment, x.framework)).toEqual([]);
  });
});

describe('suggested measures', () => {
  it('groups them by code, the path first, with the score and indicator', () => {
    const x = seed004();
    const groups = groupMeasures(
      catalogue.filter((m) => ['E10', 'E14'].includes(m.code) && m.years[0] <= 2566 && 2566 <= m.years[1]),
      x.assessment,
      x.framework,
      new Set(['E14']),
    );
    expect(groups.map((g) => [g.code, g.score, g.indicator, g.inPath])).toEqual([
      ['E10', 66, 7, false],
      ['E14', 72.55, 8, true],
    ]);
    expect(groups[0]?.measures.length).toBeGreaterThanOrEqual(2);
  });

  it('for an indicator known only as a whole, offers the measures of each of its questions', () => {
    const x = seed001();
    const groups = measuresOfIndicator(catalogue, x.framework, 8);
    expect(groups.map((g) => g.code)).toEqual(['E11', 'E12', 'E13', 'E14', 'E15']);
    expect(groups.every((g) => g.measures.length >= 2 && g.score === null)).toBe(true);
    const oit = measuresOfIndicator(catalogue, x.framework, 9);
    expect(oit.every((g) => /^O\d+$/.test(g.code))).toBe(true);
  });

  it('names a code by its wording in the framework year', () => {
    const fw = seed001().framework;
    expect(codeText(fw, '9', 'th')).toBe('การเปิดเผยข้อมูล');
    expect(codeText(fw, 'E10', 'en')).toBe(fw.questions.find((q) => q.code === 'E10')?.textEn);
    expect(codeText(fw, 'O1', 'th')).toBe('โครงสร้าง');
  });
});
