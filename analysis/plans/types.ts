/**
 * A measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for one agency and fiscal year, drafted
 * from the previous year's assessment and then edited by the working group, and the results report that
 * records what was done. Plain data: it is stored (IndexedDB), exported (.docx, CSV) and edited as is.
 */

/** One ITA question or OIT item an issue is built on, with its score and finding (ข้อค้นพบ). */
export interface PlanQuestion {
  code: string;
  textTh: string;
  textEn: string;
  /** Points 0–100 in the assessed year. */
  score: number;
  negativePct: number | null;
  findingTh: string;
  findingEn: string;
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
}

/** One issue (ประเด็น) of the plan: a theme, the questions behind it and the measures. */
export interface PlanIssue {
  id: string;
  titleTh: string;
  titleEn: string;
  questions: PlanQuestion[];
  measures: PlanMeasure[];
  /** Constraints the agency faces on this issue (ข้อจำกัด), free text. */
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

export interface ResultsReport {
  planId: string;
  results: Record<string, MeasureResult>;
}
