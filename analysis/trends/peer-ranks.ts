import type { Dataset } from '../dataset';
import { rankWithinPeers } from '../scoring/rank-typed';
import { officialOverall, type Scoreboard } from '../scoring/score-all';
import type { PeerRank } from './types';

/** A group's overall as ranks use it: the official one (rank.ts does the same). */
export const rankScore = officialOverall;

/**
 * Rank of organisation `o` (index into `ds.orgs`) among the agencies of the same type and province, in each
 * fiscal year (BE) it has a known overall. Empty when its type or province is unknown. Competition ranking:
 * 1 = best, ties share a rank.
 */
export function peerRanks(ds: Dataset, sb: Scoreboard, o: number): Map<number, PeerRank> {
  const out = new Map<number, PeerRank>();
  const me = ds.orgs[o];
  if (!me || !me.type || !me.province) return out;
  const isPeer = new Uint8Array(ds.orgs.length);
  for (let k = 0; k < ds.orgs.length; k++) {
    const other = ds.orgs[k];
    if (other && other.type === me.type && other.province === me.province) isPeer[k] = 1;
  }
  const groups: number[] = [];
  for (let g = 0; g < sb.groups.count; g++) if (isPeer[sb.groups.org[g] as number]) groups.push(g);
  const score = new Float64Array(groups.length);
  const peer = new Int32Array(groups.length);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as number;
    score[k] = rankScore(sb, g);
    peer[k] = sb.groups.year[g] as number;
  }
  const r = rankWithinPeers(score, peer);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as number;
    if (sb.groups.org[g] !== o || r.rank[k] === 0) continue;
    out.set(sb.groups.year[g] as number, { rank: r.rank[k] as number, size: r.size[k] as number });
  }
  return out;
}
