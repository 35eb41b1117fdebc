import type { Framework } from '../frameworks/types';
import { ratingBands, type RatingBand } from '../frameworks/rating-bands';

/** Consecutive fiscal years (BE) under the same rating scheme, with its bands (lowest first). */
export interface BandSpan {
  from: number;
  to: number;
  scheme: 'grade' | 'pass';
  bands: RatingBand[];
}

/**
 * Spans of consecutive fiscal years under the same rating scheme (AA–F to 2565, pass-based from 2566),
 * with the bands of the first year's rules; years without rules end a span.
 */
export function bandSpans(frameworks: readonly { year: number; framework: Framework | null }[]): BandSpan[] {
  const out: BandSpan[] = [];
  let open: BandSpan | null = null;
  for (const { year, framework } of frameworks) {
    if (!framework) {
      open = null;
      continue;
    }
    if (open && open.scheme === framework.ratingScheme && open.to === year - 1) {
      open.to = year;
      continue;
    }
    open = { from: year, to: year, scheme: framework.ratingScheme, bands: ratingBands(framework) };
    out.push(open);
  }
  return out;
}
