import type { Framework } from '../frameworks/types';

/** A band of overall scores that one or more rating levels start at (levels with the same floor share it). */
export interface RatingBand {
  /** Lowest overall in the band (points). */
  min: number;
  /** Lowest overall of the band above (100 for the top band). */
  max: number;
  /** Codes of the levels starting at `min`, best first (`good`, `pass` share 85 in the pass-based rules). */
  codes: string[];
  labelTh: string;
  labelEn: string;
  /** The levels here also need each of IIT, EIT and OIT at this score or more (the best one's condition). */
  minEachTool: number | null;
}

/** Consecutive fiscal years (BE) under the same rating scheme, with its bands. */
export interface BandSpan {
  from: number;
  to: number;
  scheme: 'grade' | 'pass';
  bands: RatingBand[];
}

/** The bands of a framework's ratings, best first. */
export function ratingBands(fw: Framework): RatingBand[] {
  const out: RatingBand[] = [];
  for (const level of fw.ratings) {
    const same = out.find((b) => b.min === level.minOverall);
    if (same) {
      same.codes.push(level.code);
      same.labelTh += ` / ${level.labelTh}`;
      same.labelEn += ` / ${level.labelEn}`;
      continue;
    }
    out.push({
      min: level.minOverall,
      max: out.length ? (out[out.length - 1] as RatingBand).min : 100,
      codes: [level.code],
      labelTh: level.labelTh,
      labelEn: level.labelEn,
      minEachTool: level.minEachTool ?? null,
    });
  }
  return out;
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
