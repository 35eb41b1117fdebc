/**
 * An agency's ITA over the fiscal years: the view model of the executive trends view. Scores are points
 * 0–100 (unrounded; round at output), years are Buddhist Era fiscal years, null means "not known" (a gap,
 * never a zero).
 */
import type { OrgInfo } from '../dataset';
import type { IndicatorDef, RatingLevel } from '../frameworks/types';
import type { BandSpan } from './rating-bands';

/** Where a year's overall comes from: computed from the indicators, or the published figure in the data. */
export type OverallSource = 'computed' | 'published';

/** Rank of the agency's overall among its peers (same type and province) in one fiscal year. */
export interface PeerRank {
  /** 1 = best; ties share a rank (1, 2, 2, 4). */
  rank: number;
  /** Peers with a known overall that year, the agency included. */
  size: number;
}

/** One fiscal year of an agency's trend. A year without data has `group` −1 and every score null. */
export interface TrendYear {
  /** Fiscal year (BE). */
  year: number;
  /** Scoreboard group of the agency this year; −1 when it has no data (a gap). */
  group: number;
  /** Overall score: computed, else the published one; null when neither is known. */
  overall: number | null;
  source: OverallSource | null;
  /** IIT, EIT, OIT scores; null where unknown. */
  tools: [number | null, number | null, number | null];
  /** Indicators 1–10 at index 0–9; null where unknown. */
  indicators: (number | null)[];
  /** Rating by that year's own rules (AA–F to 2565, pass-based from 2566); null when it cannot be told. */
  rating: RatingLevel | null;
  /** Rating scheme of that year's rules; null when the year has no framework. */
  scheme: 'grade' | 'pass' | null;
  /** Overall at or above the pass mark (compared at 2 decimals); null when unknown. */
  pass: boolean | null;
  /** Pass mark of that year's rules (85). */
  threshold: number;
  /**
   * Change of the overall from the nearest earlier year with a score (both rounded to 2 decimals first, so
   * it equals the difference of the published figures), in points; null when there is no earlier score.
   */
  change: number | null;
  /** The year `change` is measured from (the previous fiscal year unless data are missing between). */
  changeFrom: number | null;
  /** Rank among peers of the same type and province; null when unknown or the agency has no peers loaded. */
  peer: PeerRank | null;
}

/** A change of the ITA rules between two consecutive fiscal years, to mark on the time axis. */
export interface RuleChange {
  /** First fiscal year (BE) under the new rules. */
  year: number;
  /** The rating scheme changed (AA–F → the pass-based levels in 2566). */
  rating: boolean;
  /** The OIT item list changed (new items or a new structure). */
  oit: boolean;
  /** Rating scheme before and after. */
  from: 'grade' | 'pass' | null;
  to: 'grade' | 'pass' | null;
}

/** An agency's trend over every fiscal year loaded (2562 onward), oldest first. */
export interface AgencyTrend {
  org: OrgInfo;
  /** Every fiscal year from the first to the last loaded in the dataset (2562 onward), gaps included. */
  years: TrendYear[];
  /** The peer group ranks are taken in; null when the agency's type or province is unknown. */
  peers: { type: string; province: string } | null;
  ruleChanges: RuleChange[];
  /** Rating bands of each run of years under one rating scheme (for the bands behind the overall chart). */
  bandSpans: BandSpan[];
  /** The ten indicators as named by the latest year's rules (indicator 8 was renamed in 2566). */
  indicatorDefs: IndicatorDef[];
}
