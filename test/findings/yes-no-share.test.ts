import { describe, expect, it } from 'vitest';
import { yesNoShare } from '@analysis/findings/yes-no-share';

describe('the share of negative answers a yes/no score implies', () => {
  it('respondents known: a whole number of them, within the rounding of a two-decimal score', () => {
    expect(yesNoShare(95.74, 47)).toEqual({
      kind: 'derived',
      pct: (2 / 47) * 100,
      count: 2,
      respondents: 47,
    });
    expect(yesNoShare(65.96, 47)).toMatchObject({ kind: 'derived', count: 16 });
    expect(yesNoShare(100, 47)).toMatchObject({ kind: 'derived', pct: 0, count: 0 });
    expect(yesNoShare(0, 47)).toMatchObject({ kind: 'derived', pct: 100, count: 47 });
    // 100 − 95.745 = 4.255, 2/47 = 4.2553: an unrounded score is held to the same half-hundredth.
    expect(yesNoShare(95.745, 47)).toMatchObject({ kind: 'derived', count: 2 });
  });

  it('seed 004: E8 78.77 over the 47 respondents its printed shares imply is no whole number of them', () => {
    // The plan's shares are counts over 47 (34.04 = 16/47, 4.26 = 2/47, 2.13 = 1/47, 23.40 = 11/47).
    // 100 − 78.77 = 21.23 lies between 10/47 = 21.28 and 9/47 = 19.15: not a plain yes/no share.
    expect(yesNoShare(78.77, 47)).toEqual({ kind: 'inconsistent', respondents: 47 });
    // The NACC's own yes/no scores there sit 0.03–0.05 above 100 − the printed share, so they fail too:
    // E10 66.00 (34.04 % printed), E4 95.77 (4.26 %), E13 76.64 (23.40 %).
    for (const score of [66.0, 95.77, 76.64]) expect(yesNoShare(score, 47).kind).toBe('inconsistent');
  });

  it('respondents unknown (seed 004’s example data): 100 − score, to be printed as an estimate', () => {
    expect(yesNoShare(78.77, null)).toEqual({ kind: 'estimated', pct: 100 - 78.77 });
    // A count that is no positive whole number is no count.
    expect(yesNoShare(78.77, 0).kind).toBe('estimated');
    expect(yesNoShare(78.77, 46.5).kind).toBe('estimated');
  });
});
