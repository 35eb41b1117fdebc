import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankWithinPeers } from '@analysis/scoring/rank-typed';

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

/** The definition, written the slow way: rank = 1 + members strictly better; percentile = strictly worse. */
function reference(score: Float64Array, peer: Int32Array) {
  const n = score.length;
  const known = (i: number) => peer[i] >= 0 && !Number.isNaN(score[i]);
  return Array.from({ length: n }, (_, i) => {
    if (!known(i)) return { rank: 0, size: 0, percentile: 0 };
    const group = Array.from({ length: n }, (_, j) => j).filter((j) => known(j) && peer[j] === peer[i]);
    const better = group.filter((j) => (score[j] as number) > (score[i] as number)).length;
    const worse = group.filter((j) => (score[j] as number) < (score[i] as number)).length;
    const m = group.length;
    return { rank: better + 1, size: m, percentile: m === 1 ? 100 : (worse / (m - 1)) * 100 };
  });
}

describe('rankWithinPeers against its definition', () => {
  // Dense peer numbers take the bucketed path; far-apart ones (year × groups) the single sort.
  it.each([
    ['dense peers', 4],
    ['sparse peers', 1_000_000],
  ])('%s: ranks, sizes, percentiles and the order of ranked rows', (_label, spread) => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.oneof(
              fc.constantFrom(NaN, 85, 90),
              fc.integer({ min: 0, max: 10_000 }).map((v) => v / 100),
            ),
            peer: fc.integer({ min: -1, max: 5 }),
          }),
          { maxLength: 60 },
        ),
        (rows) => {
          const score = Float64Array.from(rows.map((r) => r.score));
          const peer = Int32Array.from(rows.map((r) => (r.peer < 0 ? -1 : r.peer * spread)));
          const r = rankWithinPeers(score, peer);
          const want = reference(score, peer);
          expect(Array.from(r.rank)).toEqual(want.map((w) => w.rank));
          expect(Array.from(r.size)).toEqual(want.map((w) => w.size));
          r.percentile.forEach((p, i) => expect(p).toBeCloseTo(want[i]?.percentile ?? NaN, 9));
          const ranked = want.flatMap((w, i) => (w.rank > 0 ? [i] : []));
          const expected = ranked.sort(
            (a, b) =>
              (peer[a] as number) - (peer[b] as number) ||
              (score[b] as number) - (score[a] as number) ||
              a - b,
          );
          expect(Array.from(r.order)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
