import type {
  MeasureResult,
  Plan,
  PlanIssue,
  PlanMeasure,
  PlanQuestion,
  PlanTextMark,
  ReportMemo,
  ResultStatus,
  ResultsReport,
} from '@analysis/plans/types';

/**
 * How measures plans and results reports are stored (object stores `plans` and `reports`, database
 * version 2). Records carry a version `v`; everything read back is validated here, so a damaged record,
 * or one written by a newer version, is skipped (and reported) instead of reaching the editor.
 */

/** A plan as the app keeps it: the plan and where it was drafted from. */
export interface StoredPlan {
  plan: Plan;
  /** Dataset it was drafted from (`ds=`), to draft it again; null when unknown. */
  ds: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PlanRecordV1 {
  v: 1;
  /** = plan.id (`${orgKey}|${planYear}`). */
  id: string;
  plan: Plan;
  ds: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ReportRecordV1 {
  v: 1;
  planId: string;
  results: Record<string, MeasureResult>;
  /** Document options (optional: reports saved before the seeds' layout lack them). */
  cover?: boolean;
  memo?: ReportMemo | null;
  updatedAt: number;
}

export function toPlanRecord(s: StoredPlan): PlanRecordV1 {
  return { v: 1, id: s.plan.id, plan: s.plan, ds: s.ds, createdAt: s.createdAt, updatedAt: s.updatedAt };
}

export function toReportRecord(r: ResultsReport, updatedAt: number): ReportRecordV1 {
  return {
    v: 1,
    planId: r.planId,
    results: r.results,
    ...(r.cover !== undefined ? { cover: r.cover } : {}),
    ...(r.memo !== undefined ? { memo: r.memo } : {}),
    updatedAt,
  };
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isYear = (x: unknown): x is number => isNum(x) && Number.isInteger(x) && x > 2400 && x < 3000;
const strOrNull = (x: unknown): x is string | null => x === null || isStr(x);
const numOrNull = (x: unknown): x is number | null => x === null || isNum(x);
const TEXT_MARKS: readonly PlanTextMark[] = ['paraphrase', 'earlier-form', 'unverified', 'inferred'];

/** An array whose every element passes `read`; null when it is not an array or any element fails. */
function readAll<T>(x: unknown, read: (y: unknown) => T | null): T[] | null {
  if (!Array.isArray(x)) return null;
  const out: T[] = [];
  for (const y of x) {
    const v = read(y);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

const readStr = (x: unknown): string | null => (isStr(x) ? x : null);

function readQuestion(x: unknown): PlanQuestion | null {
  if (!isObj(x)) return null;
  const { code, textTh, textEn, score, negativePct, findingTh, findingEn } = x;
  if (!isStr(code) || !isStr(textTh) || !isStr(textEn) || !isNum(score) || !numOrNull(negativePct))
    return null;
  if (!isStr(findingTh) || !isStr(findingEn)) return null;
  const q: PlanQuestion = { code, textTh, textEn, score, negativePct, findingTh, findingEn };
  // Added with the standard headings: how far the quoted text can be trusted, and the form it came from.
  if (x.mark !== undefined) {
    if (!TEXT_MARKS.includes(x.mark as PlanTextMark)) return null;
    q.mark = x.mark as PlanTextMark;
  }
  if (x.formYear !== undefined) {
    if (!isYear(x.formYear)) return null;
    q.formYear = x.formYear;
  }
  return q;
}

function readMeasure(x: unknown): PlanMeasure | null {
  if (!isObj(x) || !isStr(x.id) || !x.id || !strOrNull(x.measureId)) return null;
  const codes = readAll(x.codes, readStr);
  const stepsTh = readAll(x.stepsTh, readStr);
  const stepsEn = readAll(x.stepsEn, readStr);
  if (!codes || !stepsTh || !stepsEn) return null;
  const { titleTh, titleEn, timeframe, unitTh, unitEn, evidenceTh, evidenceEn, effort } = x;
  if (!isStr(titleTh) || !isStr(titleEn) || !isStr(timeframe) || !isStr(unitTh) || !isStr(unitEn))
    return null;
  if (!isStr(evidenceTh) || !isStr(evidenceEn) || (effort !== 1 && effort !== 2 && effort !== 3)) return null;
  const { limitationsTh, limitationsEn } = x;
  if (
    (limitationsTh !== undefined && !isStr(limitationsTh)) ||
    (limitationsEn !== undefined && !isStr(limitationsEn))
  )
    return null;
  return {
    ...(limitationsTh !== undefined ? { limitationsTh } : {}),
    ...(limitationsEn !== undefined ? { limitationsEn } : {}),
    id: x.id,
    measureId: x.measureId,
    codes,
    titleTh,
    titleEn,
    stepsTh,
    stepsEn,
    timeframe,
    unitTh,
    unitEn,
    evidenceTh,
    evidenceEn,
    effort,
  };
}

function readIssue(x: unknown): PlanIssue | null {
  if (!isObj(x) || !isStr(x.id) || !x.id || !isStr(x.titleTh) || !isStr(x.titleEn)) return null;
  if (!isStr(x.limitationsTh)) return null;
  const questions = readAll(x.questions, readQuestion);
  const measures = readAll(x.measures, readMeasure);
  if (!questions || !measures) return null;
  return {
    id: x.id,
    titleTh: x.titleTh,
    titleEn: x.titleEn,
    questions,
    measures,
    limitationsTh: x.limitationsTh,
  };
}

/** A plan read back; null when any part of it is missing or of the wrong kind, or ids repeat. */
export function readPlan(x: unknown): Plan | null {
  if (!isObj(x) || !isStr(x.id) || !x.id || !isStr(x.orgKey) || !isStr(x.orgName)) return null;
  if (!isYear(x.basedOnYear) || !isYear(x.planYear) || !numOrNull(x.overall)) return null;
  if (!strOrNull(x.ratingTh) || !strOrNull(x.ratingEn)) return null;
  const issues = readAll(x.issues, readIssue);
  if (!issues) return null;
  // Results are keyed by measure id, and the editor by issue id: both must be unique.
  const issueIds = new Set(issues.map((i) => i.id));
  const measureIds = new Set(issues.flatMap((i) => i.measures.map((m) => m.id)));
  const measureCount = issues.reduce((n, i) => n + i.measures.length, 0);
  if (issueIds.size !== issues.length || measureIds.size !== measureCount) return null;
  return {
    id: x.id,
    orgKey: x.orgKey,
    orgName: x.orgName,
    basedOnYear: x.basedOnYear,
    planYear: x.planYear,
    overall: x.overall,
    ratingTh: x.ratingTh,
    ratingEn: x.ratingEn,
    issues,
  };
}

/** A stored plan record back to a plan; null when damaged or from an unknown version. */
export function fromPlanRecord(x: unknown): StoredPlan | null {
  if (!isObj(x) || x.v !== 1 || !isStr(x.id)) return null;
  const plan = readPlan(x.plan);
  if (!plan || plan.id !== x.id || !strOrNull(x.ds)) return null;
  return {
    plan,
    ds: x.ds,
    createdAt: isNum(x.createdAt) ? x.createdAt : 0,
    updatedAt: isNum(x.updatedAt) ? x.updatedAt : 0,
  };
}

export const RESULT_STATUSES: readonly ResultStatus[] = ['not-started', 'in-progress', 'done', 'cancelled'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (x: unknown): x is string | null => x === null || (isStr(x) && ISO_DATE.test(x));

function readResult(x: unknown, key: string): MeasureResult | null {
  if (!isObj(x) || x.measureId !== key || !RESULT_STATUSES.includes(x.status as ResultStatus)) return null;
  const { doneTh, outcomeTh, startDate, endDate, noteTh } = x;
  if (!isStr(doneTh) || !isStr(outcomeTh) || !isStr(noteTh)) return null;
  if (!dateOrNull(startDate) || !dateOrNull(endDate)) return null;
  return { measureId: key, status: x.status as ResultStatus, doneTh, outcomeTh, startDate, endDate, noteTh };
}

/**
 * A stored report back; null when the record itself is damaged. One damaged result inside a good record
 * is dropped on its own (`dropped` counts them) so the other measures' results are kept.
 */
export function fromReportRecord(x: unknown): { report: ResultsReport; dropped: number } | null {
  if (!isObj(x) || x.v !== 1 || !isStr(x.planId) || !x.planId || !isObj(x.results)) return null;
  const results: Record<string, MeasureResult> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(x.results)) {
    const r = readResult(value, key);
    if (r) results[key] = r;
    else dropped++;
  }
  const report: ResultsReport = { planId: x.planId, results };
  // Document options added with the report layout of seeds 000–003; a damaged option is dropped on its own.
  if (typeof x.cover === 'boolean') report.cover = x.cover;
  else if (x.cover !== undefined) dropped++;
  if (x.memo === null) report.memo = null;
  else if (x.memo !== undefined) {
    const memo = readMemo(x.memo);
    if (memo) report.memo = memo;
    else dropped++;
  }
  return { report, dropped };
}

function readMemo(x: unknown): ReportMemo | null {
  if (!isObj(x)) return null;
  const { office, ref, date, to, signer, signerPosition } = x;
  if (!isStr(office) || !isStr(ref) || !dateOrNull(date) || !isStr(to)) return null;
  if (!isStr(signer) || !isStr(signerPosition)) return null;
  return { office, ref, date, to, signer, signerPosition };
}
