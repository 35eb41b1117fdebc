/**
 * The five seeds (text taken from real results reports and a measures plan, excerpts in
 * test/fixtures/documents/) read by the document reader: each yields what it holds, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../helpers';
import {
  analyseReading,
  SATENG_INDICATOR_SCORES,
  readFixture,
  scoresOf,
  valuesOf,
} from './document-fixtures';

describe('seed 001: เทศบาลเมืองสะเตงนอก, results report 2567', () => {
  const r = readFixture('seed-001-satengnok-results-2567.txt');

  it('proposes the agency and the year of the results, each with the line it was read from', () => {
    expect(r.orgs[0]?.value).toBe('เทศบาลเมืองสะเตงนอก');
    expect(r.orgs[0]?.at).toEqual({ page: null, line: 7 });
    expect(r.years[0]?.value).toBe(2567);
    expect(r.years[0]?.why.en).toMatch(/results/);
    // The date line (พ.ศ. ๒๕๖๗) and the master plan's span (พ.ศ. ๒๕๖๖-๒๕๗๐) are no fiscal years.
    expect(r.years.map((y) => y.value)).toEqual([2567, 2567]);
  });

  it('reads the indicator table, row by row, and the overall printed in the sentence above it', () => {
    expect(scoresOf(r, 'indicator')).toEqual(SATENG_INDICATOR_SCORES);
    expect(valuesOf(r, '1')[0]?.at).toEqual({ page: null, line: 40 });
    expect(valuesOf(r, '1')[0]?.tool).toBe('IIT');
    expect(valuesOf(r, '2')[0]?.tool).toBe('IIT');
    expect(valuesOf(r, '6')[0]?.tool).toBe('EIT');
    expect(valuesOf(r, 'overall').map((v) => v.score)).toEqual(['๙๒.๖๙']);
    // The report's slip (คารทุจริต for การทุจริต) is a close name, said so.
    expect(valuesOf(r, '5')[0]?.notes.map((n) => n.kind)).toEqual(['close-name']);
  });

  it('takes no target for a result: the 85-point pass mark in a sentence is listed as not understood', () => {
    expect(valuesOf(r, 'overall')).toHaveLength(1);
    expect(r.unplaced.map((u) => u.at.line)).toEqual([33]);
  });

  it('gives 92.69, ผ่านดี through ingest (the official overall cross-checked with the table)', () => {
    const { analyses, problems } = analyseReading(r);
    expect(analyses).toHaveLength(1);
    const a = analyses[0]!.assessment;
    expect(a.orgName).toBe('เทศบาลเมืองสะเตงนอก');
    expect(a.year).toBe(2567);
    expect(a.publishedOverall).toBe(92.69);
    expect(a.overall).toBeCloseTo(92.69, 2);
    expect(a.rating?.labelTh).toBe('ผ่านดี');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('seed 004: องค์การบริหารส่วนตำบลห้วยจรเข้, measures plan 2566', () => {
  const r = readFixture('seed-004-huai-chorakhe-plan-2566.txt');

  it('proposes the agency as printed and the year of the results the plan analyses', () => {
    expect(r.orgs.map((o) => o.value)).toEqual(['องค์การบริหารส่วนตำบลห้วยจรเข้ม']);
    expect(r.years[0]?.value).toBe(2566);
  });

  it('reads E1–E15 as quoted (E5 is not), each with its score and the share of its finding', () => {
    expect(scoresOf(r, 'question')).toEqual({
      E1: [74.62, 4.26],
      E2: [78.94, 6.38],
      E3: [79.64, 4.26],
      E4: [95.77, 4.26],
      E6: [73.91, null],
      E7: [73.19, null],
      E8: [78.77, null],
      E9: [78.96, null],
      E10: [66, 34.04],
      E11: [76.13, 2.13],
      E12: [77.53, 2.13],
      E13: [76.64, 23.4],
      E14: [72.55, 4.26],
      E15: [76.77, 2.13],
      I9: [93.94, 6.06],
      I14: [100, null],
      I16: [96.97, 3.03],
      I21: [100, null],
    });
    // E10 is quoted under two issues, with the same score and finding each time.
    expect(valuesOf(r, 'E10').map((v) => [v.score, v.negative?.value])).toEqual([
      ['๖๖.๐๐', '๓๔.๐๔'],
      ['๖๖.๐๐', '๓๔.๐๔'],
    ]);
  });

  it('reads "1๒๑" as I21 and says so; the wording confirms it', () => {
    const [i21] = valuesOf(r, 'I21');
    expect(i21?.printed).toBe('1๒๑');
    expect(i21?.notes.map((n) => [n.kind, n.attention ?? false])).toEqual([['code-read-as', false]]);
    expect(i21?.notes[0]?.en).toMatch(/wording is I21's/);
  });

  it('lists the one finding about both E6 and E7 for the user to place, with both candidates', () => {
    const findings = r.unplaced.filter((u) => u.kind === 'finding');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.share).toBe('4.26');
    expect(findings[0]?.candidates.sort()).toEqual(['E6', 'E7']);
  });

  it('agrees with the bundled example transcribed by hand, but for the share the user must place', () => {
    const csv = readFileSync(repoPath('data/examples/huai-chorakhe-2566-questions.csv'), 'utf8');
    const expected: Record<string, [number, number | null]> = {};
    for (const line of csv.trim().split(/\r?\n/).slice(1)) {
      const [code, score, neg] = line.split(',');
      expected[code as string] = [Number(score), neg ? Number(neg) : null];
    }
    expected.E6 = [73.91, null];
    expect(scoresOf(r, 'question')).toEqual(expected);
  });

  it('goes through ingest with the E10 repeat warned and no overall (the plan quotes too few questions)', () => {
    const { analyses, problems } = analyseReading(r);
    const a = analyses[0]!.assessment;
    expect(a.overall).toBeNull();
    expect(a.codes.find((c) => c.code === 'E10')).toMatchObject({ score: 66, negativePct: 34.04 });
    expect(a.codes.find((c) => c.code === 'I9')).toMatchObject({ score: 93.94, negativePct: 6.06 });
    const repeat = problems.find((p) => p.kind === 'duplicate-same');
    expect(repeat?.row).toBe(36);
  });
});

describe('seeds 000, 002, 003: results reports of measures, with no scores', () => {
  it('seed 000: no values; the year of the results analysed (2565) before the report’s own (2566)', () => {
    const r = readFixture('seed-000-mae-khari-report-2566.txt');
    expect(r.values).toEqual([]);
    expect(r.orgs[0]?.value).toBe('เทศบาลตำบลแม่ขรี');
    expect(r.years.map((y) => y.value)).toEqual([2565, 2566]);
  });

  it('seed 002: no values; the agency spelt as in the title and the text, not the cover’s slip', () => {
    const r = readFixture('seed-002-don-man-report-2566.txt');
    expect(r.values).toEqual([]);
    expect(r.orgs[0]?.value).toBe('องค์การบริหารส่วนตำบลดอนมัน');
    expect(r.years[0]?.value).toBe(2566);
  });

  it('seed 003: no values; agency and year from the heading', () => {
    const r = readFixture('seed-003-kham-thale-so-report-2568.txt');
    expect(r.values).toEqual([]);
    expect(r.orgs.map((o) => o.value)).toEqual(['เทศบาลตำบลขามทะเลสอ']);
    expect(r.years[0]?.value).toBe(2568);
  });
});
