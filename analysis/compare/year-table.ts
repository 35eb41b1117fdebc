import type { Dataset, OrgInfo } from '../dataset';
import type { Framework } from '../frameworks/types';
import { rankWithinPeers, type Ranks } from '../scoring/rank-typed';
import { round } from '../scoring/round';
import { officialOverall, type Scoreboard } from '../scoring/score-all';

/** The peer bases an agency is ranked in (as `ita rank --by`). */
export type PeerBasis = 'country' | 'province' | 'type';
export const PEER_BASES: readonly PeerBasis[] = ['type', 'province', 'country'];

/** Name of the peer group of agencies whose file gave no province/type (as `rankAll` names it). */
export const UNKNOWN_GROUP = '(ไม่ระบุ)';

/** The distinct values of one field, and each row's index into them. */
export interface Dictionary {
  values: string[];
  /** `ids[r]`: index into `values` of row r. */
  ids: Int32Array;
}

/**
 * Every agency of one fiscal year in flat typed arrays, built once per dataset and year: what the
 * compare view filters, sorts and ranks (row r = one agency; all per-row arrays have `n` entries).
 */
export interface YearTable {
  /** Fiscal year, BE. */
  year: number;
  /** Framework of the year (null when the year has none). */
  framework: Framework | null;
  n: number;
  /** Scoreboard group of row r. */
  group: Int32Array;
  /** Index into `Dataset.orgs` of row r. */
  org: Int32Array;
  /** Row of organisation o in this year, -1 when it has none (length = orgs). */
  rowOfOrg: Int32Array;
  /** Overall score, points: computed, else published (as `rankAll`); NaN when neither is known. */
  overall: Float64Array;
  /** IIT, EIT, OIT of row r at `tools[r * 3 + t]`. */
  tools: Float64Array;
  /** Indicator i (1–10) of row r at `indicators[r * 10 + i - 1]`. */
  indicators: Float64Array;
  /** Index of the rating level in `framework.ratings`; -1 when unknown. */
  rating: Int8Array;
  /** 1 pass, 0 fail, -1 unknown: `overall` (2 decimals) ≥ the framework's threshold. */
  pass: Int8Array;
  /** Overall of the previous fiscal year (year − 1); NaN when unknown. */
  previous: Float64Array;
  /** `overall − previous`, points; NaN when either is unknown. */
  change: Float64Array;
  province: Dictionary;
  type: Dictionary;
  /** Districts are told apart by province (`เมือง` of two provinces are two districts). */
  district: Dictionary & { province: Int32Array };
  /** Rank, peer-group size and percentile of every row among its type, province and the country. */
  ranks: Record<PeerBasis, Ranks>;
}

function dictionary(n: number, valueOf: (r: number) => string): Dictionary {
  const ids = new Int32Array(n);
  const index = new Map<string, number>();
  const values: string[] = [];
  for (let r = 0; r < n; r++) {
    const v = valueOf(r);
    let id = index.get(v);
    if (id === undefined) {
      id = values.length;
      index.set(v, id);
      values.push(v);
    }
    ids[r] = id;
  }
  return { values, ids };
}

const cache = new WeakMap<Scoreboard, Map<number, YearTable>>();

/** The fiscal years (BE) a scoreboard holds, oldest first. */
export function yearsOf(sb: Scoreboard): number[] {
  const seen = new Set<number>();
  for (let g = 0; g < sb.groups.count; g++) seen.add(sb.groups.year[g] as number);
  return [...seen].sort((a, b) => a - b);
}

/** The year table of one fiscal year (memoised per scoreboard and year). */
export function yearTable(ds: Dataset, sb: Scoreboard, year: number): YearTable {
  let byYear = cache.get(sb);
  if (!byYear) cache.set(sb, (byYear = new Map()));
  let hit = byYear.get(year);
  if (!hit) byYear.set(year, (hit = buildYearTable(ds, sb, year)));
  return hit;
}

/** The official overall (published when the data carry it, else computed). */
const scoreOf = officialOverall;

function buildYearTable(ds: Dataset, sb: Scoreboard, year: number): YearTable {
  const { groups } = sb;
  const rows: number[] = [];
  const rowOfOrg = new Int32Array(ds.orgs.length).fill(-1);
  const prevGroup = new Int32Array(ds.orgs.length).fill(-1);
  for (let g = 0; g < groups.count; g++) {
    const y = groups.year[g] as number;
    const o = groups.org[g] as number;
    if (!ds.orgs[o]) continue;
    if (y === year) {
      rowOfOrg[o] = rows.length;
      rows.push(g);
    } else if (y === year - 1) prevGroup[o] = g;
  }
  const n = rows.length;
  const group = Int32Array.from(rows);
  const org = new Int32Array(n);
  const overall = new Float64Array(n);
  const tools = new Float64Array(n * 3);
  const indicators = new Float64Array(n * 10);
  const rating = new Int8Array(n);
  const pass = new Int8Array(n);
  const previous = new Float64Array(n);
  const change = new Float64Array(n);
  let framework: Framework | null = null;
  for (let r = 0; r < n; r++) {
    const g = group[r] as number;
    const o = groups.org[g] as number;
    org[r] = o;
    const fw = sb.frameworks[g] ?? null;
    framework ??= fw;
    const v = scoreOf(sb, g);
    overall[r] = v;
    for (let t = 0; t < 3; t++) tools[r * 3 + t] = sb.tools[g * 3 + t] as number;
    for (let i = 1; i <= 10; i++) indicators[r * 10 + i - 1] = sb.indicators[g * 11 + i] as number;
    rating[r] = sb.rating[g] as number;
    pass[r] = Number.isNaN(v) || !fw ? -1 : round(v, 2) >= fw.threshold ? 1 : 0;
    const pg = prevGroup[o] as number;
    previous[r] = pg >= 0 ? scoreOf(sb, pg) : NaN;
    change[r] = v - (previous[r] as number);
  }
  const info = (r: number) => ds.orgs[org[r] as number] as OrgInfo;
  const province = dictionary(n, (r) => info(r).province ?? UNKNOWN_GROUP);
  const type = dictionary(n, (r) => info(r).type ?? UNKNOWN_GROUP);
  const district = dictionary(n, (r) => `${province.ids[r]}\u0000${info(r).district ?? UNKNOWN_GROUP}`);
  const districtProvince = new Int32Array(district.values.length);
  for (let r = 0; r < n; r++) districtProvince[district.ids[r] as number] = province.ids[r] as number;
  district.values = district.values.map((v) => v.slice(v.indexOf('\u0000') + 1));
  const ranks: Record<PeerBasis, Ranks> = {
    country: rankWithinPeers(overall, new Int32Array(n)),
    province: rankWithinPeers(overall, province.ids),
    type: rankWithinPeers(overall, type.ids),
  };
  return {
    year,
    framework,
    n,
    group,
    org,
    rowOfOrg,
    overall,
    tools,
    indicators,
    rating,
    pass,
    previous,
    change,
    province,
    type,
    district: { ...district, province: districtProvince },
    ranks,
  };
}
