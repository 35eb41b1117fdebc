import type { Dataset, OrgInfo } from './dataset';
import type { Scoreboard } from './scoring/score-all';

/** One collator for all comparisons: `localeCompare(…, 'th')` would build one per call. */
const THAI = new Intl.Collator('th');

export type RankBy = 'country' | 'province' | 'type' | 'district';

export interface RankRow {
  /** Group index in the scoreboard. */
  group: number;
  org: OrgInfo;
  year: number;
  /** The computed overall, or the published one when indicators are incomplete (see `source`); NaN if neither. */
  overall: number;
  source: 'computed' | 'published' | 'none';
  /** Peer group this row is ranked in (province, type or district name; `ประเทศ` for the country). */
  peerGroup: string;
  /** 1 = best; ties share a rank (1, 2, 2, 4). 0 when the overall is unknown. */
  rank: number;
  groupSize: number;
  /** Share of the peer group scoring strictly lower, 0–100 (100 for the best of a group of one). */
  percentile: number;
}

function peerKey(o: OrgInfo, by: RankBy): string {
  if (by === 'country') return 'ประเทศ';
  const v = by === 'province' ? o.province : by === 'type' ? o.type : o.district;
  return v ?? '(ไม่ระบุ)';
}

/**
 * Rank every organisation within its peer group and fiscal year by overall score (best first; ties share
 * a rank). Rows whose overall is unknown come last with rank 0.
 */
export function rankAll(ds: Dataset, sb: Scoreboard, by: RankBy = 'country', year?: number): RankRow[] {
  const rows: RankRow[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    const y = sb.groups.year[g];
    if (year !== undefined && y !== year) continue;
    const org = ds.orgs[sb.groups.org[g]];
    if (!org) continue;
    const computed = sb.overall[g];
    const published = sb.published[g];
    const overall = Number.isNaN(computed) ? published : computed;
    const source = !Number.isNaN(computed) ? 'computed' : !Number.isNaN(published) ? 'published' : 'none';
    rows.push({
      group: g,
      org,
      year: y,
      overall,
      source,
      peerGroup: peerKey(org, by),
      rank: 0,
      groupSize: 0,
      percentile: 0,
    });
  }
  const buckets = new Map<string, RankRow[]>();
  for (const r of rows) {
    if (r.source === 'none') continue;
    const key = `${r.year}\u0000${r.peerGroup}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(r);
  }
  for (const b of buckets.values()) {
    b.sort((p, q) => q.overall - p.overall);
    const n = b.length;
    for (let i = 0; i < n; i++) {
      const r = b[i];
      r.rank = i > 0 && b[i - 1].overall === r.overall ? b[i - 1].rank : i + 1;
      r.groupSize = n;
    }
    // Strictly lower = members after the last one tied with r.
    let end = n;
    for (let i = n - 1; i >= 0; i--) {
      if (i < n - 1 && b[i].overall !== b[i + 1].overall) end = i + 1;
      b[i].percentile = n === 1 ? 100 : ((n - end) / (n - 1)) * 100;
    }
  }
  return rows.sort(
    (p, q) =>
      p.year - q.year ||
      (p.peerGroup === q.peerGroup ? 0 : THAI.compare(p.peerGroup, q.peerGroup)) ||
      (p.rank || Infinity) - (q.rank || Infinity),
  );
}
