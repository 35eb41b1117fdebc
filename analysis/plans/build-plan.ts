import type { Analysis } from '../analyse';
import { planFinding } from '../findings/plan-finding';
import { headingOf, ISSUE_HEADINGS, type IssueHeading } from '../frameworks/issue-headings';
import type { Framework } from '../frameworks/types';
import { oitMark, questionMark, type WordingMark } from '../frameworks/wording';
import type { Measure, MeasureCatalogue } from '../measures/types';
import { measuresFor } from '../measures/query';
import type { CodeResult } from '../scoring/assessment';
import { round } from '../scoring/round';
import type { Plan, PlanIssue, PlanMeasure, PlanQuestion } from './types';

export interface BuildPlanOptions {
  /** Catalogue measures taken per code (default 1; the working group adds more from the catalogue). */
  measuresPerCode?: number;
  /** At most this many measures per issue (default 4). */
  maxMeasuresPerIssue?: number;
  /**
   * Only the questions and OIT items scoring below the pass mark. By default the plan also carries every
   * question whose data hold a share of negative answers, as real plans do (seed 004's E4, I9, I16).
   */
  weakOnly?: boolean;
  /** The fiscal year (BE) the plan is carried out in; the assessed year + 1 by default. */
  planYear?: number;
}

const f2 = (v: number): string => round(v, 2).toFixed(2);

function toPlanMeasure(m: Measure, codes: string[]): PlanMeasure {
  return {
    id: m.id,
    measureId: m.id,
    codes,
    titleTh: m.titleTh,
    titleEn: m.titleEn,
    stepsTh: [...m.stepsTh],
    stepsEn: [...m.stepsEn],
    timeframe: m.timeframe,
    unitTh: m.unitTh,
    unitEn: m.unitEn,
    evidenceTh: m.evidenceTh,
    evidenceEn: m.evidenceEn,
    effort: m.effort,
  };
}

/** A question's mark as the plan stores it. */
export function planMarkFields(mark: WordingMark | null): Pick<PlanQuestion, 'mark' | 'formYear'> {
  if (!mark) return {};
  return mark.kind === 'earlier-form' ? { mark: mark.kind, formYear: mark.formYear } : { mark: mark.kind };
}

/** The wording mark of a code of framework `fw`, or null. */
export function markOfCode(fw: Framework, code: string): WordingMark | null {
  const q = fw.questions.find((x) => x.code === code);
  if (q) return questionMark(q);
  const o = fw.oitItems.find((x) => x.code === code);
  return o ? oitMark(o) : null;
}

const priority = (c: CodeResult): number => c.impact * Math.max(0, 100 - c.score);

/**
 * The codes a plan addresses, most costly first: those under the pass mark, then (unless `weakOnly`)
 * every question whose data hold a share of negative answers (given, or exactly derived from a yes/no
 * score and its respondents); with neither, the five lowest.
 */
function codesToAddress(x: Analysis, weakOnly: boolean): CodeResult[] {
  const { codes, weak, threshold } = x.assessment;
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const out = weak.map((c) => byCode.get(c)).filter((c): c is CodeResult => !!c);
  if (!weakOnly) {
    const carried = codes
      .filter((c) => c.score >= threshold && c.negativeSource !== null && (c.negativePct ?? 0) > 0)
      .sort((a, b) => priority(b) - priority(a));
    out.push(...carried);
  }
  if (out.length > 0) return out;
  return [...codes]
    .filter((c) => c.score < 100)
    .sort((a, b) => priority(b) - priority(a))
    .slice(0, 5);
}

/** Indicator-level data only: one pseudo-question per indicator below the pass mark, answered by its questions' measures. */
function indicatorQuestions(
  x: Analysis,
): { heading: IssueHeading; question: PlanQuestion; codes: string[] }[] {
  const { assessment: a, framework: fw } = x;
  return a.indicators
    .filter((i) => i.score !== null && i.score < a.threshold)
    .sort((p, q) => (q.pointsLost ?? 0) - (p.pointsLost ?? 0))
    .map((i) => {
      const codes =
        i.tool === 'OIT'
          ? fw.oitItems
              .filter((o) => fw.subIndicators.find((s) => s.id === o.subIndicator)?.indicator === i.id)
              .map((o) => o.code)
          : fw.questions.filter((q) => q.indicator === i.id).map((q) => q.code);
      const score = i.score ?? 0;
      return {
        heading: headingOf(fw, codes[0] ?? '')?.heading ?? (ISSUE_HEADINGS[6] as IssueHeading),
        codes,
        question: {
          code: String(i.id),
          textTh: `ตัวชี้วัดที่ ${i.id} ${i.nameTh}`,
          textEn: `Indicator ${i.id} ${i.nameEn}`,
          score,
          negativePct: null,
          findingTh: `ตัวชี้วัดได้ ${f2(score)} คะแนน ต่ำกว่าเกณฑ์ ${a.threshold} อยู่ ${f2(a.threshold - score)} คะแนน (เสีย ${f2(i.pointsLost ?? 0)} คะแนนรวม) ข้อมูลมีเพียงคะแนนรายตัวชี้วัด จึงยังไม่ทราบว่าผู้ตอบเห็นอย่างไรในแต่ละข้อ`,
          findingEn: `The indicator scored ${f2(score)}, ${f2(a.threshold - score)} below ${a.threshold} (costs ${f2(i.pointsLost ?? 0)} overall points); the data hold indicator scores only, so what respondents said on each question is not known.`,
        },
      };
    });
}

/**
 * Draft the measures plan for the fiscal year after the assessed one, as agencies' plans are laid out:
 * issues under the seven standard headings in their order (analysis/frameworks/issue-headings.ts), each
 * with its questions in the NACC's wording for that year (marked where we hold only a summary or an
 * unconfirmed title), scores and findings, and measures from the catalogue, the costliest codes served
 * first.
 */
export function buildPlan(x: Analysis, catalogue: MeasureCatalogue, opts: BuildPlanOptions = {}): Plan {
  const perCode = opts.measuresPerCode ?? 1;
  const perIssue = opts.maxMeasuresPerIssue ?? 4;
  const { assessment: a, framework: fw } = x;
  const issues = new Map<string, PlanIssue>();
  const issueOf = (h: IssueHeading): PlanIssue => {
    let issue = issues.get(h.id);
    if (!issue) {
      issue = {
        id: h.id,
        titleTh: h.titleTh,
        titleEn: h.titleEn,
        questions: [],
        measures: [],
        limitationsTh: '',
      };
      issues.set(h.id, issue);
    }
    return issue;
  };
  const addMeasures = (issue: PlanIssue, codes: string[], answering: string): void => {
    for (const code of codes) {
      for (const m of measuresFor(catalogue, code, fw.year).slice(0, perCode)) {
        if (issue.measures.length >= perIssue) return;
        const existing = issue.measures.find((pm) => pm.measureId === m.id);
        if (existing) {
          if (!existing.codes.includes(answering)) existing.codes.push(answering);
        } else issue.measures.push(toPlanMeasure(m, [answering]));
      }
    }
  };
  const codes = codesToAddress(x, opts.weakOnly ?? false);
  if (codes.length > 0) {
    const order = new Map(a.codes.map((c, i) => [c.code, i]));
    for (const c of codes) {
      const issue = issueOf(headingOf(fw, c.code)?.heading ?? (ISSUE_HEADINGS[6] as IssueHeading));
      issue.questions.push({
        code: c.code,
        textTh: c.textTh,
        textEn: c.textEn,
        score: c.score,
        negativePct: c.negativePct,
        findingTh: planFinding(c, fw.year, 'th'),
        findingEn: planFinding(c, fw.year, 'en'),
        ...planMarkFields(markOfCode(fw, c.code)),
      });
      addMeasures(issue, [c.code], c.code);
    }
    // Questions print in the framework's order within their heading, as the NACC's forms number them.
    for (const issue of issues.values())
      issue.questions.sort((p, q) => (order.get(p.code) ?? 0) - (order.get(q.code) ?? 0));
  } else {
    for (const q of indicatorQuestions(x)) {
      const issue = issueOf(q.heading);
      issue.questions.push(q.question);
      addMeasures(issue, q.codes, q.question.code);
    }
  }
  const planYear = opts.planYear ?? a.year + 1;
  const orgKey = a.orgId ?? (a.orgName ? `name:${a.orgName}` : '');
  return {
    id: `${orgKey}|${planYear}`,
    orgKey,
    orgName: a.orgName ?? a.orgId ?? '',
    basedOnYear: a.year,
    planYear,
    overall: a.overall,
    ratingTh: a.rating?.labelTh ?? null,
    ratingEn: a.rating?.labelEn ?? null,
    issues: ISSUE_HEADINGS.map((h) => issues.get(h.id)).filter((i): i is PlanIssue => !!i),
  };
}
