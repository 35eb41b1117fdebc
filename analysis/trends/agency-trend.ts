import type { Dataset } from '../dataset';
import { indicatorsFor } from '../frameworks/indicators';
import type { Framework } from '../frameworks/types';
import { ratingLevel } from '../scoring/rating';
import { round } from '../scoring/round';
import { officialOverall, overallSource, type Scoreboard } from '../scoring/score-all';
import { peerRanks } from './peer-ranks';
import { bandSpans } from './rating-bands';
import { ruleChanges } from './rule-changes';
import type { AgencyTrend, TrendYear } from './types';

/** The first fiscal year (BE) of the ITA's present form (three tools, ten indicators). */
export const FIRST_TREND_YEAR = 2562;

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** A year without data: every score null (shown as a gap, never as zero). */
function gapYear(year: number, fw: Framework | null): TrendYear {
  return {
    year,
    group: -1,
    overall: null,
    source: null,
    tools: [null, null, null],
    indicators: new Array<number | null>(10).fill(null),
    rating: null,
    scheme: fw?.ratingScheme ?? null,
    pass: null,
    threshold: fw?.threshold ?? 85,
    change: null,
    changeFrom: null,
    peer: null,
  };
}

/** Scores of group g as one trend year (change and peer rank are filled in afterwards). */
function scoredYear(sb: Scoreboard, g: number, year: number): TrendYear {
  const fw = sb.frameworks[g] ?? null;
  const row = gapYear(year, fw);
  row.group = g;
  const tools = sb.tools.subarray(g * 3, g * 3 + 3);
  row.tools = [orNull(tools[0] as number), orNull(tools[1] as number), orNull(tools[2] as number)];
  for (let i = 0; i < 10; i++) row.indicators[i] = orNull(sb.indicators[g * 11 + i + 1] as number);
  const overall = officialOverall(sb, g);
  if (Number.isNaN(overall)) return row;
  row.overall = overall;
  row.source = overallSource(sb, g);
  if (!fw) return row;
  row.rating = ratingLevel(fw, sb.rating[g] as number);
  row.pass = round(overall, 2) >= fw.threshold;
  return row;
}

/** Fill `change`/`changeFrom`: the change from the nearest earlier year with a score, at 2 decimals. */
export function addChanges(years: TrendYear[]): void {
  let prev: TrendYear | null = null;
  for (const y of years) {
    if (y.overall === null) continue;
    if (prev && prev.overall !== null) {
      y.change = round(round(y.overall, 2) - round(prev.overall, 2), 2);
      y.changeFrom = prev.year;
    }
    prev = y;
  }
}

/**
 * The trend of one agency (its `OrgInfo.key`) over every fiscal year the dataset holds from 2562 (BE)
 * on: overall, tools and indicators per year, the rating by each year's own rules, the change from the
 * year before, the rank among peers of the same type and province, and where the rules changed. Years
 * the agency has no data for are rows with null scores (gaps). Null when no organisation has that key.
 */
export function agencyTrend(
  ds: Dataset,
  sb: Scoreboard,
  orgKey: string,
  fromYear = FIRST_TREND_YEAR,
): AgencyTrend | null {
  const o = ds.orgs.findIndex((org) => org.key === orgKey);
  const org = ds.orgs[o];
  if (!org) return null;
  let first = Infinity;
  let last = -Infinity;
  const fwOfYear = new Map<number, Framework | null>();
  const own = new Map<number, number>();
  for (let g = 0; g < sb.groups.count; g++) {
    const y = sb.groups.year[g] as number;
    if (y < fromYear) continue;
    if (y < first) first = y;
    if (y > last) last = y;
    if (!fwOfYear.get(y)) fwOfYear.set(y, sb.frameworks[g] ?? null);
    if (sb.groups.org[g] === o) own.set(y, g);
  }
  const ranks = peerRanks(ds, sb, o);
  const years: TrendYear[] = [];
  for (let y = first; y <= last; y++) {
    const g = own.get(y);
    const row = g === undefined ? gapYear(y, fwOfYear.get(y) ?? null) : scoredYear(sb, g, y);
    row.peer = ranks.get(y) ?? null;
    years.push(row);
  }
  addChanges(years);
  const frameworks = years.map((r) => ({ year: r.year, framework: fwOfYear.get(r.year) ?? null }));
  const latest = [...frameworks].reverse().find((f) => f.framework)?.framework;
  return {
    org,
    years,
    peers: org.type && org.province ? { type: org.type, province: org.province } : null,
    ruleChanges: ruleChanges(frameworks),
    bandSpans: bandSpans(frameworks),
    indicatorDefs: latest ? latest.indicators : indicatorsFor(last === -Infinity ? fromYear : last),
  };
}
