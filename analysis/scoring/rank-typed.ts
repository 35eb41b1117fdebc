/**
 * Competition ranking (1, 2, 2, 4) of scores within peer groups, on typed arrays: the core of every
 * ranking table, fast enough to redo on each filter change for the whole country.
 */
export interface Ranks {
  /** 1 = best; 0 where the score is unknown (NaN) or the row is not in a group (peer −1). */
  rank: Int32Array;
  /** Members of the row's peer group with a known score. */
  size: Int32Array;
  /** Share of the peer group scoring strictly lower, 0–100 (100 for a group of one). */
  percentile: Float64Array;
  /** The ranked rows (known score, peer ≥ 0): by peer ascending, then best first, ties in row order. */
  order: Int32Array;
}

/**
 * The ranked rows ordered by peer, then score (best first), ties in row order. Peer numbers are usually
 * a small range, so rows are bucketed by peer in one counting pass and only each bucket is sorted by
 * score: about half the comparisons of one sort over everything, and no comparator on the peer.
 */
function orderByPeerThenScore(score: Float64Array, peer: Int32Array): Int32Array {
  const n = score.length;
  let count = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = peer[i];
    if (p < 0 || score[i] !== score[i]) continue;
    count++;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  const order = new Int32Array(count);
  if (count === 0) return order;
  const byScore = (a: number, b: number): number => score[b] - score[a] || a - b;
  const range = hi - lo + 1;
  if (range > 4 * count + 1024) {
    // Sparse peer numbers: one sort with the peer in the comparator.
    for (let i = 0, k = 0; i < n; i++) if (peer[i] >= 0 && score[i] === score[i]) order[k++] = i;
    order.sort((a, b) => peer[a] - peer[b] || byScore(a, b));
    return order;
  }
  const start = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) if (peer[i] >= 0 && score[i] === score[i]) start[peer[i] - lo + 1]++;
  for (let p = 0; p < range; p++) start[p + 1] += start[p];
  const fill = start.slice(0, range);
  for (let i = 0; i < n; i++) if (peer[i] >= 0 && score[i] === score[i]) order[fill[peer[i] - lo]++] = i;
  for (let p = 0; p < range; p++) {
    if (start[p + 1] - start[p] > 1) order.subarray(start[p], start[p + 1]).sort(byScore);
  }
  return order;
}

/** Rank `score[i]` among the rows of the same `peer[i]` (best first). */
export function rankWithinPeers(score: Float64Array, peer: Int32Array): Ranks {
  const n = score.length;
  const rank = new Int32Array(n);
  const size = new Int32Array(n);
  const percentile = new Float64Array(n);
  const idx = orderByPeerThenScore(score, peer);
  let start = 0;
  while (start < idx.length) {
    const p = peer[idx[start]];
    let end = start;
    while (end < idx.length && peer[idx[end]] === p) end++;
    const m = end - start;
    let tieStart = start;
    for (let k = start; k < end; k++) {
      const i = idx[k];
      if (k > start && score[i] !== score[idx[k - 1]]) tieStart = k;
      rank[i] = tieStart - start + 1;
      size[i] = m;
    }
    // Strictly lower = members after the last one tied with the row.
    let tieEnd = end;
    for (let k = end - 1; k >= start; k--) {
      const i = idx[k];
      if (k < end - 1 && score[i] !== score[idx[k + 1]]) tieEnd = k + 1;
      percentile[i] = m === 1 ? 100 : ((end - tieEnd) / (m - 1)) * 100;
    }
    start = end;
  }
  return { rank, size, percentile, order: idx };
}
