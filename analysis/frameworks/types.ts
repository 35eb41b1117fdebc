/**
 * The ITA rules of one fiscal year, kept as data (shared/domain/ITA.md).
 * All scores are points on 0–100; weights are percent of the overall score;
 * years are Buddhist Era fiscal years (2567 = Oct 2023 – Sep 2024).
 */

export type ToolId = 'IIT' | 'EIT' | 'OIT';
export const TOOL_IDS: readonly ToolId[] = ['IIT', 'EIT', 'OIT'];

/** How sure we are of a list, as `ITA.md`/`sources.md` mark it. */
export type Verification = 'verified' | 'reconstructed' | 'partial';

export interface ToolDef {
  id: ToolId;
  nameTh: string;
  nameEn: string;
  /** Percent of the overall score (30, 30, 40). */
  weight: number;
}

export interface IndicatorDef {
  /** 1–10. */
  id: number;
  tool: ToolId;
  nameTh: string;
  nameEn: string;
  /** Percent of the overall score (6 for IIT, 10 for EIT, 20 for OIT indicators). */
  weight: number;
}

/** `L4`: four-level scale scored 0/33.33/66.67/100; `YN`: yes/no scored 0 or 100. */
export type Scale = 'L4' | 'YN';
/** `positive`: more is better; `negative`: reverse-worded (a high score means the bad behaviour is rare). */
export type Polarity = 'positive' | 'negative';

export interface QuestionDef {
  /** `I1`–`I30`, `E1`–`E15`. */
  code: string;
  tool: 'IIT' | 'EIT';
  /** Indicator id 1–8. */
  indicator: number;
  textTh: string;
  textEn: string;
  /** null where not known. */
  scale: Scale | null;
  /** null where not known. */
  polarity: Polarity | null;
  /**
   * `textTh` is our own summary, not the NACC's wording: shown and printed with that mark. Absent (a user's
   * framework file, or a question quoted from the NACC form) means `textTh` is the NACC's wording.
   */
  paraphrase?: boolean;
  /**
   * Fiscal year (BE) of the NACC form `textTh` is quoted from, when it is not this framework's own era
   * (e.g. 2564 wording kept for a 2566 question whose new wording no source shows): marked as such.
   */
  formYear?: number;
  /** A short label for tight places (charts, chips); `textTh`/`textEn` when absent. */
  shortTh?: string;
  shortEn?: string;
}

export interface SubIndicatorDef {
  /** e.g. `9.1`. */
  id: string;
  /** 9 or 10. */
  indicator: number;
  nameTh: string;
  nameEn: string;
}

export interface OitItemDef {
  /** `O1`…`On`. */
  code: string;
  /** Sub-indicator id, e.g. `9.1`. */
  subIndicator: string;
  titleTh: string;
  titleEn: string;
  /**
   * How sure we are of the title (sources.md §7.3a): `unverified` rests on one weak source, `inferred` on
   * none (filled in from another year's pattern). Absent means confirmed, or given by the user's own
   * framework file. Every document that quotes an unverified or inferred title marks it.
   */
  titleStatus?: 'unverified' | 'inferred';
}

/**
 * One rating level. Levels are listed best first; an agency gets the first level whose conditions it meets.
 * `minOverall`: the overall score (rounded to 2 decimals) must be at least this.
 * `minEachTool`: when set, IIT, EIT and OIT (each rounded to 2 decimals) must each be at least this.
 */
export interface RatingLevel {
  /** `AA`…`F` up to 2565; `excellent|good|pass|improve|urgent` from 2566. */
  code: string;
  labelTh: string;
  labelEn: string;
  minOverall: number;
  minEachTool?: number;
}

export interface FrameworkVerification {
  indicators: Verification;
  questions: Verification;
  oit: Verification;
  ratings: Verification;
  /** Short notes in Thai and English on what is reconstructed and why. */
  notesTh: string;
  notesEn: string;
}

export interface Framework {
  /** Fiscal year (BE) whose rules these are. */
  year: number;
  /** Pass mark on the overall score (85). */
  threshold: number;
  /** `grade`: AA–F (2562–2565); `pass`: ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน (2566 on). */
  ratingScheme: 'grade' | 'pass';
  tools: ToolDef[];
  indicators: IndicatorDef[];
  questions: QuestionDef[];
  subIndicators: SubIndicatorDef[];
  oitItems: OitItemDef[];
  ratings: RatingLevel[];
  verification: FrameworkVerification;
  /** Where the lists come from (free text). */
  source: string;
}
