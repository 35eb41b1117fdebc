import { describe, expect, it } from 'vitest';
import { rankWithinPeers } from '../../analysis/scoring/rank-typed';

describe('rankWithinPeers', () => {
  it('competition ranks within each peer group, ties share a rank, unknowns are unranked', () => {
    const score = Float64Array.from([90, 80, 90, 70, NaN, 60, 95]);
    const peer = Int32Array.from([0, 0, 0, 1, 0, -1, 0]);
    const r = rankWithinPeers(score, peer);
    expect(Array.from(r.rank)).toEqual([2, 4, 2, 1, 0, 0, 1]);
    expect(Array.from(r.size)).toEqual([4, 4, 4, 1, 0, 0, 4]);
    expect(Array.from(r.percentile)).toEqual([(1 / 3) * 100, 0, (1 / 3) * 100, 100, 0, 0, 100]);
  });
});
