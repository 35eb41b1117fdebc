/**
 * What a results report is written from: the agency, the years, the measures of the plan grouped by
 * issue with what was done for each, and (when the data hold them) the indicator scores of the year the
 * report covers. It comes from a stored plan and its results (the app), or from the results CSV the app
 * exports (the CLI's `ita report --results`).
 */
import type { Assessment } from '../scoring/assessment';
import { resultOf } from './report';
import { timeframeText } from './timeframe';
import type { MeasureResult, Plan, ReportMemo, ResultsReport } from './types';

export interface ReportEntry {
  id: string;
  title: string;
  steps: string[];
  unit: string;
  /** The planned timeframe as the plan printed it ("ไตรมาส 1–4", "ต.ค. 2566 – ก.ย. 2567"). */
  planned: string;
  result: MeasureResult;
}

export interface ReportIssue {
  title: string;
  entries: ReportEntry[];
}

/** Indicator scores of one assessed year (the table seed 001 prints: แบบ · ลำดับ · ตัวชี้วัด · คะแนน). */
export interface ReportScores {
  year: number;
  overall: number | null;
  ratingTh: string | null;
  ratingEn: string | null;
  indicators: { id: number; tool: string; nameTh: string; nameEn: string; score: number | null }[];
}

export interface ReportSource {
  orgName: string;
  basedOnYear: number;
  planYear: number;
  issues: ReportIssue[];
  scores: ReportScores | null;
  cover: boolean;
  memo: ReportMemo | null;
}

/** The indicator scores of an assessment, for the report's table. */
export function reportScores(a: Assessment): ReportScores {
  return {
    year: a.year,
    // The official overall (the published figure when there is one), as the rating beside it follows.
    overall: a.officialOverall,
    ratingTh: a.rating?.labelTh ?? null,
    ratingEn: a.rating?.labelEn ?? null,
    indicators: a.indicators.map((i) => ({
      id: i.id,
      tool: i.tool,
      nameTh: i.nameTh,
      nameEn: i.nameEn,
      score: i.score,
    })),
  };
}

/** The report source of a plan and its recorded results (texts in the language asked, the other as fallback). */
export function reportSourceOf(
  plan: Plan,
  report: ResultsReport | null,
  o: { lang: 'th' | 'en'; timeframes: 'quarters' | 'months'; scores?: ReportScores | null },
): ReportSource {
  const th = o.lang === 'th';
  const pick = (a: string, b: string) => (th ? a || b : b || a);
  return {
    orgName: plan.orgName,
    basedOnYear: plan.basedOnYear,
    planYear: plan.planYear,
    issues: plan.issues.map((issue) => ({
      title: pick(issue.titleTh, issue.titleEn),
      entries: issue.measures.map((m) => {
        const own = (th ? m.stepsTh : m.stepsEn).filter((s) => s.trim());
        return {
          id: m.id,
          title: pick(m.titleTh, m.titleEn),
          steps: own.length ? own : (th ? m.stepsEn : m.stepsTh).filter((s) => s.trim()),
          unit: pick(m.unitTh, m.unitEn),
          planned: timeframeText(m.timeframe, plan.planYear, o.lang, o.timeframes),
          result: resultOf(report, m.id),
        };
      }),
    })),
    scores: o.scores ?? null,
    cover: report?.cover ?? false,
    memo: report?.memo ?? null,
  };
}
