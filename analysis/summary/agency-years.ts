import type { Dataset, OrgInfo } from '../dataset';
import { rate } from '../scoring/rating';
import type { Scoreboard } from '../scoring/score-all';
import { rankScore } from '../trends/peer-ranks';
import { nameDictionary, UNKNOWN_EN, UNKNOWN_TH } from './dictionary';
import { indicatorMembers, ratingMembers, TOOL_MEMBERS, yearMembers } from './members';
import type { Dim, RecordDim, SummaryMember } from './types';

/**
 * The compact per-agency-year table every summary is computed from, built once per scoreboard: row r is
 * scoreboard group r (one agency in one fiscal year). Record dimensions are held as member numbers in
 * display order (so sorting by number sorts the table as shown); scores stay in the scoreboard.
 */
export interface AgencyYears {
  ds: Dataset;
  sb: Scoreboard;
  n: number;
  /** Overall score, points: computed, else the published one (as every view ranks it); NaN when neither. */
  overall: Float64Array;
  /** Pass mark of the row's framework year (85). */
  threshold: Float64Array;
  /** Row of the same agency in the fiscal year before, −1 when it has none. */
  previous: Int32Array;
  /** Member number of each row, per record dimension (index into `members[dim]`). */
  ids: Record<RecordDim, Int32Array>;
  /** Members of every dimension in display order. */
  members: Record<Dim, readonly SummaryMember[]>;
  /** Province member of each district member. */
  districtProvince: Int32Array;
  /** Members of each record dimension (what grouping needs with `ids`). */
  size: Record<RecordDim, number>;
}

const cache = new WeakMap<Scoreboard, AgencyYears>();

/** The agency-year table of a dataset and its scoreboard (memoised per scoreboard). */
export function agencyYears(ds: Dataset, sb: Scoreboard): AgencyYears {
  let hit = cache.get(sb);
  if (!hit) cache.set(sb, (hit = build(ds, sb)));
  return hit;
}

function build(ds: Dataset, sb: Scoreboard): AgencyYears {
  const n = sb.groups.count;
  const org = (r: number): OrgInfo | undefined => ds.orgs[sb.groups.org[r] as number];
  const overall = new Float64Array(n);
  const threshold = new Float64Array(n);
  const levels: (ReturnType<typeof rate> | undefined)[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const v = rankScore(sb, r);
    overall[r] = v;
    const fw = sb.frameworks[r] ?? null;
    threshold[r] = fw?.threshold ?? 85;
    // The rating as the trends view gives it: the scoreboard's, else by the year's rules from the overall.
    const idx = sb.rating[r] as number;
    levels[r] = fw ? (idx >= 0 ? fw.ratings[idx] : rate(v, sb.tools.subarray(r * 3, r * 3 + 3), fw)) : null;
  }
  const province = nameDictionary(n, (r) => org(r)?.province ?? null);
  const type = nameDictionary(n, (r) => org(r)?.type ?? null);
  const district = districtDictionary(n, province, (r) => org(r)?.district ?? null);
  const years = yearMembers(sb.groups.year);
  const rating = ratingMembers(sb.frameworks, levels);
  const ids: Record<RecordDim, Int32Array> = {
    province: province.ids,
    district: district.ids,
    type: type.ids,
    year: years.ids,
    rating: rating.ids,
  };
  return {
    ds,
    sb,
    n,
    overall,
    threshold,
    previous: previousRows(sb),
    ids,
    members: {
      province: province.members,
      district: district.members,
      type: type.members,
      year: years.members,
      rating: rating.members,
      tool: TOOL_MEMBERS,
      indicator: indicatorMembers(sb),
    },
    districtProvince: district.province,
    size: {
      province: province.members.length,
      district: district.members.length,
      type: type.members.length,
      year: years.members.length,
      rating: rating.members.length,
    },
  };
}

/**
 * Districts told apart by province (`เมือง` of two provinces are two districts), numbered by province
 * order, then name; the member key is `province/district`.
 */
function districtDictionary(
  n: number,
  province: { members: SummaryMember[]; ids: Int32Array },
  nameOf: (row: number) => string | null,
): { members: SummaryMember[]; ids: Int32Array; province: Int32Array } {
  const perProvince = province.members.map(() => new Map<string | null, number[]>());
  for (let r = 0; r < n; r++) {
    const byName = perProvince[province.ids[r] as number] as Map<string | null, number[]>;
    const name = nameOf(r);
    const rows = byName.get(name);
    if (rows) rows.push(r);
    else byName.set(name, [r]);
  }
  const ids = new Int32Array(n);
  const members: SummaryMember[] = [];
  const provinceOf: number[] = [];
  perProvince.forEach((byName, p) => {
    const names = [...byName.keys()];
    const sorted = nameDictionary(names.length, (i) => names[i] ?? null);
    const pKey = (province.members[p] as SummaryMember).key;
    const base = members.length;
    sorted.members.forEach((m) => {
      const unknown = m.key === UNKNOWN_TH && names.includes(null);
      members.push({
        key: `${pKey}/${m.key}`,
        th: unknown ? UNKNOWN_TH : m.th,
        en: unknown ? UNKNOWN_EN : m.en,
      });
      provinceOf.push(p);
    });
    names.forEach((name, i) => {
      const id = base + (sorted.ids[i] as number);
      for (const r of byName.get(name) as number[]) ids[r] = id;
    });
  });
  return { members, ids, province: Int32Array.from(provinceOf) };
}

/** For each row, the row of the same agency in fiscal year − 1 (−1 when the agency has none). */
function previousRows(sb: Scoreboard): Int32Array {
  const n = sb.groups.count;
  const at = new Map<number, number>();
  const key = (o: number, y: number) => o * 4096 + (y % 4096);
  for (let r = 0; r < n; r++) at.set(key(sb.groups.org[r] as number, sb.groups.year[r] as number), r);
  const previous = new Int32Array(n);
  for (let r = 0; r < n; r++)
    previous[r] = at.get(key(sb.groups.org[r] as number, (sb.groups.year[r] as number) - 1)) ?? -1;
  return previous;
}
