/**
 * The summary-table fixture (test/fixtures/summary): eight agencies of two provinces, fiscal years 2566
 * and 2567, indicator scores in the wide layout with Thai headers, an organisations file and E10 question
 * scores. A2 2567 lacks indicator 9 but carries a published overall (83.50); B4 2567 lacks indicator 10 and
 * has no overall; B3 has no 2566.
 *
 * `records()` reads the same files with plain string splitting and computes each agency-year's overall by
 * the weights (IIT 6, EIT 10, OIT 20 per indicator), so tests can compute cells independently of ingest,
 * the scoreboard and analysis/summary.
 */
import { readFileSync } from 'node:fs';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { agencyYears, type AgencyYears } from '@analysis/summary/agency-years';
import { repoPath } from '../helpers';

const FILES = ['organisations.csv', 'indicators.csv', 'questions.csv'];

function text(name: string): string {
  return readFileSync(repoPath(`test/fixtures/summary/${name}`), 'utf8');
}

/** The fixture through the app's own path: ingest, score, agency-year table. */
export function fixtureTable(): AgencyYears {
  const ds = ingest(FILES.map((name) => ({ name, bytes: new TextEncoder().encode(text(name)) })));
  return agencyYears(ds, scoreAll(ds));
}

export interface Rec {
  id: string;
  type: string;
  province: string;
  district: string;
  year: number;
  /** Indicators 1–10 (index 0 = indicator 1); NaN where empty. */
  ind: number[];
  overall: number;
  tools: [number, number, number];
  e10: number;
}

const WEIGHT = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];

function rows(name: string): string[][] {
  return text(name)
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
}

const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));

/** Every agency-year of the fixture, computed by hand. */
export function records(): Rec[] {
  const orgs = new Map(rows('organisations.csv').map((r) => [r[0], r]));
  const e10 = new Map(rows('questions.csv').map((r) => [`${r[0]}/${r[1]}`, num(r[3])]));
  return rows('indicators.csv').map((r) => {
    const ind = r.slice(2, 12).map(num);
    let overall = 0;
    ind.forEach((v, i) => (overall += (v * (WEIGHT[i] as number)) / 100));
    if (Number.isNaN(overall)) overall = num(r[12]);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const org = orgs.get(r[0]) as string[];
    return {
      id: r[0] as string,
      type: org[2] as string,
      province: org[3] as string,
      district: org[4] as string,
      year: Number(r[1]),
      ind,
      overall,
      tools: [mean(ind.slice(0, 5)), mean(ind.slice(5, 8)), mean(ind.slice(8, 10))],
      e10: e10.get(`${r[0]}/${r[1]}`) ?? NaN,
    };
  });
}

/** Plain statistics over a list of known numbers. */
export const stats = {
  mean: (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length,
  median: (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const h = Math.floor(s.length / 2);
    return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
  },
  /** Percent of values at or above 85, each taken at 2 decimals. */
  passRate: (xs: number[]) => (xs.filter((x) => Math.round(x * 100) / 100 >= 85).length / xs.length) * 100,
};

/** The known values of `value` over the records that `keep` accepts. */
export function values(recs: readonly Rec[], keep: (r: Rec) => boolean, value: (r: Rec) => number): number[] {
  return recs
    .filter(keep)
    .map(value)
    .filter((v) => !Number.isNaN(v));
}
