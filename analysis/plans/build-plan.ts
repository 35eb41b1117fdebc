import type { Analysis } from '../analyse';
import type { Measure, MeasureCatalogue } from '../measures/types';
import { measuresFor } from '../measures/query';
import type { CodeResult } from '../scoring/assessment';
import { round } from '../scoring/round';
import { themeOf, type PlanTheme } from './themes';
import type { Plan, PlanIssue, PlanMeasure, PlanQuestion } from './types';

export interface BuildPlanOptions {
  /** Catalogue measures taken per code (default 1; the working group adds more from the catalogue). */
  measuresPerCode?: number;
  /** At most this many measures per issue (default 4). */
  maxMeasuresPerIssue?: number;
}

const f2 = (v: number): string => round(v, 2).toFixed(2);

function findingOf(c: CodeResult, threshold: number): { th: string; en: string } {
  if (c.findingTh && c.findingEn) return { th: c.findingTh, en: c.findingEn };
  if (c.tool === 'OIT') {
    return c.score >= 100
      ? { th: `ผ่านเกณฑ์การเปิดเผยข้อมูลข้อ ${c.code}`, en: `Item ${c.code} passed` }
      : {
          th: `ยังไม่ผ่านเกณฑ์ข้อ ${c.code} ${c.textTh} (เสีย ${f2(c.pointsLost)} คะแนนรวม)`,
          en: `Item ${c.code} (${c.textEn}) not passed (costs ${f2(c.pointsLost)} overall points)`,
        };
  }
  return {
    th: `ได้ ${f2(c.score)} คะแนน${c.score < threshold ? ` ต่ำกว่าเกณฑ์ ${threshold} อยู่ ${f2(threshold - c.score)} คะแนน` : ''}`,
    en: `Scored ${f2(c.score)}${c.score < threshold ? `, ${f2(threshold - c.score)} below ${threshold}` : ''}`,
  };
}

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

/** The codes a plan addresses: the weak ones (largest impact × gap first), else the five lowest. */
function codesToAddress(x: Analysis): CodeResult[] {
  const byCode = new Map(x.assessment.codes.map((c) => [c.code, c]));
  const weak = x.assessment.weak.map((c) => byCode.get(c)).filter((c): c is CodeResult => !!c);
  if (weak.length > 0) return weak;
  return [...x.assessment.codes]
    .filter((c) => c.score < 100)
    .sort((a, b) => b.impact * (100 - b.score) - a.impact * (100 - a.score))
    .slice(0, 5);
}

/** Indicator-level data only: one pseudo-question per indicator below the threshold, answered by its questions' measures. */
function indicatorQuestions(x: Analysis): { theme: PlanTheme; question: PlanQuestion; codes: string[] }[] {
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
      const first = codes[0] ?? '';
      const sub = fw.oitItems.find((o) => o.code === first)?.subIndicator ?? null;
      const score = i.score ?? 0;
      return {
        theme: themeOf(first, sub),
        codes,
        question: {
          code: String(i.id),
          textTh: `ตัวชี้วัดที่ ${i.id} ${i.nameTh}`,
          textEn: `Indicator ${i.id} ${i.nameEn}`,
          score,
          negativePct: null,
          findingTh: `ได้ ${f2(score)} คะแนน ต่ำกว่าเกณฑ์ ${a.threshold} อยู่ ${f2(a.threshold - score)} คะแนน (เสีย ${f2(i.pointsLost ?? 0)} คะแนนรวม)`,
          findingEn: `Scored ${f2(score)}, ${f2(a.threshold - score)} below ${a.threshold} (costs ${f2(i.pointsLost ?? 0)} overall points)`,
        },
      };
    });
}

/**
 * Draft the measures plan for the fiscal year after the assessed one: the codes that hold the agency back
 * grouped into issues (ประเด็น), the issue of the costliest code first, each with its questions and
 * scores, the finding written from the negative share, and measures from the catalogue.
 */
export function buildPlan(x: Analysis, catalogue: MeasureCatalogue, opts: BuildPlanOptions = {}): Plan {
  const perCode = opts.measuresPerCode ?? 1;
  const perIssue = opts.maxMeasuresPerIssue ?? 4;
  const { assessment: a, framework: fw } = x;
  const issues = new Map<string, PlanIssue>();
  const issueOf = (theme: PlanTheme): PlanIssue => {
    let issue = issues.get(theme.id);
    if (!issue) {
      issue = {
        id: theme.id,
        titleTh: theme.titleTh,
        titleEn: theme.titleEn,
        questions: [],
        measures: [],
        limitationsTh: '',
      };
      issues.set(theme.id, issue);
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
  const codes = codesToAddress(x);
  if (codes.length > 0) {
    for (const c of codes) {
      const issue = issueOf(themeOf(c.code, c.subIndicator));
      const f = findingOf(c, a.threshold);
      issue.questions.push({
        code: c.code,
        textTh: c.textTh,
        textEn: c.textEn,
        score: c.score,
        negativePct: c.negativePct,
        findingTh: f.th,
        findingEn: f.en,
      });
      addMeasures(issue, [c.code], c.code);
    }
  } else {
    for (const q of indicatorQuestions(x)) {
      const issue = issueOf(q.theme);
      issue.questions.push(q.question);
      addMeasures(issue, q.codes, q.question.code);
    }
  }
  const planYear = a.year + 1;
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
    issues: [...issues.values()],
  };
}
