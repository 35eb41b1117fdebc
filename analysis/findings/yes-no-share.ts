/**
 * The share of negative answers a yes/no question's score implies, and whether the data let us print it.
 * A yes/no score is the share of respondents who answered the positive way, so 100 − score is the share
 * who did not, but only if the score really is such a share:
 * - with the number of respondents n known, 100 − score must be k/n × 100 for a whole k, within the
 *   rounding of a two-decimal score; then the share is k/n × 100 (`derived`, exact);
 * - if it is not, the score is no plain share of n answers (the NACC's scores of seed 004's yes/no
 *   questions sit 0.03–0.05 above 100 − the share its plan prints over 47 respondents), and no share can
 *   be printed (`inconsistent`);
 * - with n unknown, 100 − score can only be printed as an estimate (`estimated`).
 */

export type YesNoShare =
  | { kind: 'derived'; pct: number; count: number; respondents: number }
  | { kind: 'estimated'; pct: number }
  | { kind: 'inconsistent'; respondents: number };

/** Half a unit of the score's second decimal, plus room for floating point. */
const ROUNDING = 0.005 + 1e-9;

/** What 100 − `score` says of a yes/no question answered by `respondents` people (null: not known). */
export function yesNoShare(score: number, respondents: number | null): YesNoShare {
  const rest = Math.min(100, Math.max(0, 100 - score));
  if (respondents === null || !Number.isInteger(respondents) || respondents <= 0)
    return { kind: 'estimated', pct: rest };
  const n = respondents;
  const count = Math.round((rest * n) / 100);
  const pct = (count / n) * 100;
  if (Math.abs(rest - pct) <= ROUNDING) return { kind: 'derived', pct, count, respondents: n };
  return { kind: 'inconsistent', respondents: n };
}
