import type { Problem } from '../problems';
import type { RatingLevel, Scale, ToolId } from '../frameworks/types';

/** One indicator of an assessment. Scores are unrounded points 0–100; null = unknown. */
export interface IndicatorResult {
  id: number;
  tool: ToolId;
  nameTh: string;
  nameEn: string;
  /** Percent of the overall. */
  weight: number;
  score: number | null;
  /** `given`: in the data; `computed`: from complete questions/items; `missing`: unknown. */
  source: 'given' | 'computed' | 'missing';
  /** max(0, threshold − score). */
  gap: number | null;
  /** Overall points lost to this indicator: weight/100 × (100 − score). */
  pointsLost: number | null;
  /** Questions/items of this indicator absent from the data (when some of its level is present). */
  missingCodes: string[];
}

/** One question (IIT/EIT) or OIT item present in the data. */
export interface CodeResult {
  code: string;
  tool: ToolId;
  indicator: number;
  /** OIT sub-indicator id, e.g. `9.1`; null for questions. */
  subIndicator: string | null;
  textTh: string;
  textEn: string;
  scale: Scale | null;
  polarity: 'positive' | 'negative' | null;
  score: number;
  /**
   * Share of negative answers (0–100) the data carry: given (`data`), or for a yes/no question 100 − score
   * when the respondent count makes it a whole number of people (`derived`, exactly k/n × 100); else null
   * (an estimate from a score alone is never a number here: the finding says it, marked as one).
   */
  negativePct: number | null;
  negativeSource: 'data' | 'derived' | null;
  /** Respondents to the question, when the data give them. */
  respondents: number | null;
  /**
   * The finding (ข้อค้นพบ) a working group would write from what respondents answered, e.g.
   * "ผู้รับบริการร้อยละ 34.04 เห็นว่า…"; for a yes/no question without a share in the data, what its score
   * says (a derived share says so, an estimate says so, a score that is no whole number of the respondents
   * gets no share); null for a four-level question or OIT item without a share.
   */
  findingTh: string | null;
  findingEn: string | null;
  /** max(0, threshold − score). */
  gap: number;
  /** Overall points gained per +1 point on this code. */
  impact: number;
  /** Overall points this code loses against a full 100: impact × (100 − score). */
  pointsLost: number;
}

/** The full analysis of one organisation in one fiscal year. */
export interface Assessment {
  orgIndex: number;
  orgId: string | null;
  orgName: string | null;
  year: number;
  /** Framework year whose rules were applied. */
  framework: number;
  threshold: number;
  overall: number | null;
  /** Published overall carried by the data, if any. */
  publishedOverall: number | null;
  /**
   * The official overall: the published one when the data carry it, else the computed one. Rating, pass
   * and points to pass follow it.
   */
  officialOverall: number | null;
  /** Tool totals the file printed (`รวม IIT`), if any. */
  publishedTools: Record<ToolId, number | null>;
  /** The rows contradict each other or the file: no overall, no rating (see warnings). */
  refused: boolean;
  rating: RatingLevel | null;
  pass: boolean | null;
  pointsToPass: number | null;
  tools: Record<ToolId, number | null>;
  indicators: IndicatorResult[];
  /** Every IIT/EIT question and OIT item present in the data, in framework order. */
  codes: CodeResult[];
  /** Codes scoring below the threshold, largest impact × gap first. */
  weak: string[];
  /** Framework codes absent from the data (indicators, and questions/items of levels that are present). */
  missing: string[];
  /** Which levels the data hold for this agency-year. */
  levels: { indicator: boolean; IIT: boolean; EIT: boolean; OIT: boolean };
  warnings: Problem[];
}
