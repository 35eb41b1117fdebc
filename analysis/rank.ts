import type { Dataset, OrgInfo } from './dataset';
import { officialOverall, overallSource, type Scoreboard } from './scoring/score-all';
import { rankWithinPeers } from './scoring/rank-typed';

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
  const groups: number[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    if (year !== undefined && sb.groups.year[g] !== year) continue;
    if (ds.orgs[sb.groups.org[g]]) groups.push(g);
  }
  const n = groups.length;
  const score = new Float64Array(n);
  const peerName: string[] = new Array<string>(n);
  const names = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const g = groups[k];
    const org = ds.orgs[sb.groups.org[g]] as OrgInfo;
    score[k] = officialOverall(sb, g);
    const name = peerKey(org, by);
    peerName[k] = name;
    if (!names.has(name)) names.set(name, 0);
  }
  // Peer groups are numbered in Thai alphabetical order once, so no string is compared per row.
  const order = [...names.keys()].sort(THAI.compare);
  order.forEach((name, i) => names.set(name, i));
  const years = n > 0 ? Math.max(1, order.length) : 1;
  const peer = new Int32Array(n);
  for (let k = 0; k < n; k++)
    peer[k] = sb.groups.year[groups[k]] * years + (names.get(peerName[k]) as number);
  const r = rankWithinPeers(score, peer);
  return mergeUnranked(r.order, score, peer).map((k) => {
    const g = groups[k];
    const source = overallSource(sb, g) ?? 'none';
    return {
      group: g,
      org: ds.orgs[sb.groups.org[g]] as OrgInfo,
      year: sb.groups.year[g],
      overall: score[k],
      source,
      peerGroup: peerName[k],
      rank: r.rank[k],
      groupSize: r.size[k],
      percentile: r.percentile[k],
    };
  });
}

/**
 * Every row in table order: each peer group's ranked rows (already best first in `ranked`) followed by
 * its rows whose overall is unknown, in row order.
 */
function mergeUnranked(ranked: Int32Array, score: Float64Array, peer: Int32Array): number[] {
  const unknown: number[] = [];
  for (let k = 0; k < score.length; k++) if (score[k] !== score[k]) unknown.push(k);
  if (unknown.length > 1) unknown.sort((a, b) => peer[a] - peer[b] || a - b);
  const out: number[] = new Array<number>(ranked.length + unknown.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < ranked.length || j < unknown.length) {
    if (j >= unknown.length || (i < ranked.length && peer[ranked[i]] <= peer[unknown[j]]))
      out[o++] = ranked[i++];
    else out[o++] = unknown[j++];
  }
  return out;
}
