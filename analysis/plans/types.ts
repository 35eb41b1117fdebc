/**
 * A measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for one agency and fiscal year, drafted
 * from the previous year's assessment and then edited by the working group, and the results report that
 * records what was done. Plain data: it is stored (IndexedDB), exported (.docx, CSV) and edited as is.
 */

/** How far a quoted text can be trusted (analysis/frameworks/wording.ts); absent = the NACC's own. */
export type PlanTextMark = 'paraphrase' | 'earlier-form' | 'unverified' | 'inferred';

/** One ITA question or OIT item an issue is built on, with its score and finding (ข้อค้นพบ). */
export interface PlanQuestion {
  code: string;
  /** The question in the NACC's wording for the assessed year (or the OIT item's title). */
  textTh: string;
  textEn: string;
  /** Points 0–100 in the assessed year. */
  score: number;
  negativePct: number | null;
  findingTh: string;
  findingEn: string;
  /**
   * Added with the seven standard headings (plans saved before lack them; upgradePlan fills them from the
   * built-in framework). `mark`: the text is not the NACC's own wording of that year; `formYear`: the year
   * of the form it is quoted from when `mark` is `earlier-form`.
   */
  mark?: PlanTextMark;
  formYear?: number;
}

/** One measure of an issue: from the catalogue (`measureId`) or written by the working group. */
export interface PlanMeasure {
  /** Stable id within the plan. */
  id: string;
  /** Catalogue id it came from; null for free text. */
  measureId: string | null;
  /** Codes this measure answers. */
  codes: string[];
  titleTh: string;
  titleEn: string;
  stepsTh: string[];
  stepsEn: string[];
  /** Fiscal quarters, e.g. `Q1-Q4` (Q1 = October–December of the plan's fiscal year). */
  timeframe: string;
  unitTh: string;
  unitEn: string;
  evidenceTh: string;
  evidenceEn: string;
  effort: 1 | 2 | 3;
  /**
   * Constraints the agency faces in carrying the measure out (ข้อจำกัด), free text. Optional: plans saved
   * before each measure had its own are read as '' (upgradePlan moves the issue's text here).
   */
  limitationsTh?: string;
  limitationsEn?: string;
}

/** One issue (ประเด็น) of the plan: a theme, the questions behind it and the measures. */
export interface PlanIssue {
  id: string;
  titleTh: string;
  titleEn: string;
  questions: PlanQuestion[];
  measures: PlanMeasure[];
  /**
   * Constraints written for the whole issue by plans saved before each measure had its own (ข้อจำกัด);
   * upgradePlan moves the text to the issue's first measure and leaves ''. Kept for stored plans.
   */
  limitationsTh: string;
}

export interface Plan {
  /** `${orgKey}|${planYear}`: one plan per agency and plan year. */
  id: string;
  orgKey: string;
  orgName: string;
  /** Fiscal year (BE) whose results the plan analyses. */
  basedOnYear: number;
  /** Fiscal year (BE) the plan is carried out in (basedOnYear + 1). */
  planYear: number;
  /** Overall score and rating of the assessed year, for the plan's preamble. */
  overall: number | null;
  ratingTh: string | null;
  ratingEn: string | null;
  issues: PlanIssue[];
}

export type ResultStatus = 'not-started' | 'in-progress' | 'done' | 'cancelled';

/** What was done for one measure of a plan (the results report, รายงานผลการดำเนินการ). */
export interface MeasureResult {
  measureId: string;
  status: ResultStatus;
  /** What was done (สรุปผลการดำเนินการ). */
  doneTh: string;
  /** Outcome or success (ผลลัพธ์หรือความสำเร็จ). */
  outcomeTh: string;
  /** ISO dates `YYYY-MM-DD` (Gregorian in storage; shown in BE). */
  startDate: string | null;
  endDate: string | null;
  /** Remarks (หมายเหตุ / ข้อเสนอแนะ). */
  noteTh: string;
}

/** The covering memo (บันทึกข้อความ) sent up with the report, as seed 001 opens. Empty fields print as dotted lines. */
export interface ReportMemo {
  /** ส่วนราชการ: the sending office, e.g. สำนักปลัด. */
  office: string;
  /** ที่: the document number. */
  ref: string;
  /** วันที่: ISO date `YYYY-MM-DD`, or null for a dotted line. */
  date: string | null;
  /** เรียน: to whom, e.g. the head of the agency. */
  to: string;
  /** Who signs the memo, and their position. */
  signer: string;
  signerPosition: string;
}

export interface ResultsReport {
  planId: string;
  results: Record<string, MeasureResult>;
  /**
   * Document options of the report (added with the report layout of seeds 000–003; stored reports lack
   * them): a cover page, and a covering memo with its fields.
   */
  cover?: boolean;
  memo?: ReportMemo | null;
}
