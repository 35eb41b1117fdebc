import type { Lang } from '@analysis/text/lang';
import { DEFAULT_TIMEFRAMES } from '@analysis/plans/timeframe';

/**
 * The measures plan's and the results report's routes (`#/plan?…`, `#/report?…`): one agency's document
 * drafted from the assessment of fiscal year `year` (the plan is for year + 1), with its document options.
 */
export interface DocumentParams {
  ds: string | null;
  /** OrgInfo.key of the agency. */
  org: string | null;
  /** Fiscal year (BE) of the assessment the plan is drafted from; the plan is for year + 1. */
  year: number | null;
  /** Export options: timeframes in quarters or months; Thai digits in documents. */
  timeframes: 'quarters' | 'months';
  thaiDigits: boolean;
}

/** What the plan view shows: the document and the search text of its agency picker. */
export interface PlanParams extends DocumentParams {
  q: string;
}

export type ReportParams = DocumentParams;

export interface DocumentParamsPatch {
  ds?: string | null;
  timeframes?: 'quarters' | 'months';
  thaiDigits?: boolean;
  q?: string;
}

/** A plan's id from its agency and assessed year (as analysis/plans/build-plan.ts makes it). */
export const planIdOf = (org: string, year: number): string => `${org}|${year + 1}`;

function readDocument(p: URLSearchParams, lang: Lang): DocumentParams {
  const year = Number(p.get('year'));
  const td = p.get('td');
  const tf = p.get('tf');
  return {
    ds: p.get('ds') || null,
    org: p.get('org'),
    year: Number.isInteger(year) && year > 2400 && year < 3000 ? year : null,
    timeframes: tf === 'quarters' || tf === 'months' ? tf : DEFAULT_TIMEFRAMES,
    // Thai official documents write Thai digits: on by default for Thai, off for English.
    thaiDigits: td === null ? lang === 'th' : td === '1',
  };
}

export function readPlanParams(p: URLSearchParams, lang: Lang): PlanParams {
  return { ...readDocument(p, lang), q: p.get('q') ?? '' };
}

export function readReportParams(p: URLSearchParams, lang: Lang): ReportParams {
  return readDocument(p, lang);
}

function writeDocument(prev: URLSearchParams, patch: DocumentParamsPatch): URLSearchParams {
  const next = new URLSearchParams(prev);
  const put = (k: string, v: string | null) => (v === null || v === '' ? next.delete(k) : next.set(k, v));
  if (patch.ds !== undefined) put('ds', patch.ds);
  if (patch.timeframes !== undefined)
    put('tf', patch.timeframes === DEFAULT_TIMEFRAMES ? null : patch.timeframes);
  if (patch.thaiDigits !== undefined) put('td', patch.thaiDigits ? '1' : '0');
  if (patch.q !== undefined) put('q', patch.q);
  return next;
}

export const writePlanParams = (prev: URLSearchParams, patch: DocumentParamsPatch) =>
  writeDocument(prev, patch);
export const writeReportParams = (prev: URLSearchParams, patch: DocumentParamsPatch) =>
  writeDocument(prev, patch);

/**
 * Measures plan (`plan`) or results report (`report`) of one organisation drafted from the assessment of
 * fiscal year `year` (BE; the plan is for year + 1); without org/year, the list of saved plans.
 */
function documentPath(
  view: 'plan' | 'report',
  p: { ds?: string | null; org?: string | null; year?: number | null },
): string {
  const q = new URLSearchParams();
  if (p.ds) q.set('ds', p.ds);
  // An agency without a year opens the picker on that agency's years.
  if (p.org) q.set('org', p.org);
  if (p.org && p.year !== undefined && p.year !== null) q.set('year', String(p.year));
  const s = q.toString();
  return `/${view}${s ? `?${s}` : ''}`;
}

/** The plan of one organisation drafted from fiscal year `year`; without org/year, the saved plans. */
export const planPath = (p: { ds?: string | null; org?: string | null; year?: number | null } = {}) =>
  documentPath('plan', p);
/** The results report of that plan; without org/year, the plans to report on. */
export const reportPath = (p: { ds?: string | null; org?: string | null; year?: number | null } = {}) =>
  documentPath('report', p);
