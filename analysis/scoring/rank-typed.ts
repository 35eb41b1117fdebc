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
}

/** Rank `score[i]` among the rows of the same `peer[i]` (best first). */
export function rankWithinPeers(score: Float64Array, peer: Int32Array): Ranks {
  const n = score.length;
  const rank = new Int32Array(n);
  const size = new Int32Array(n);
  const percentile = new Float64Array(n);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (peer[i] >= 0 && score[i] === score[i]) idx.push(i);
  idx.sort((a, b) => peer[a] - peer[b] || score[b] - score[a]);
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
  return { rank, size, percentile };
}
