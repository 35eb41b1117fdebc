import type { Lang } from '@analysis/text/lang';
import { reportSourceOf, type ReportScores } from '@analysis/plans/report-source';
import { reportTable, type ReportTable } from '@analysis/plans/report-table';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { toThaiDigits } from '@analysis/text/thai-digits';

export interface ReportLayoutOptions {
  lang: Lang;
  thaiDigits: boolean;
  timeframes: 'quarters' | 'months';
}

/**
 * The plan with every empty text of the export language filled from the other one (a measure written in
 * Thai only still has a title in an English report) and empty steps dropped.
 */
export function fillTexts(plan: Plan, lang: Lang): Plan {
  const or = (a: string, b: string) => (a.trim() ? a : b);
  const steps = (a: readonly string[], b: readonly string[]) => {
    const x = a.filter((s) => s.trim());
    return x.length ? x : b.filter((s) => s.trim());
  };
  const th = lang === 'th';
  return {
    ...plan,
    issues: plan.issues.map((i) => ({
      ...i,
      titleTh: or(i.titleTh, i.titleEn),
      titleEn: or(i.titleEn, i.titleTh),
      measures: i.measures.map((m) => ({
        ...m,
        titleTh: or(m.titleTh, m.titleEn),
        titleEn: or(m.titleEn, m.titleTh),
        stepsTh: th ? steps(m.stepsTh, m.stepsEn) : m.stepsTh,
        stepsEn: th ? m.stepsEn : steps(m.stepsEn, m.stepsTh),
        unitTh: or(m.unitTh, m.unitEn),
        unitEn: or(m.unitEn, m.unitTh),
      })),
    })),
  };
}

/** Every text of a report table in Thai digits when asked (the model itself is in Arabic digits). */
function withDigits(t: ReportTable, thai: boolean): ReportTable {
  if (!thai) return t;
  const d = toThaiDigits;
  const ds = (xs: readonly string[]) => xs.map(d);
  return {
    ...t,
    cover: t.cover ? { lines: ds(t.cover.lines), org: d(t.cover.org) } : null,
    memo: t.memo
      ? {
          ...t.memo,
          fields: t.memo.fields.map((f) => ({ label: f.label, value: d(f.value) })),
          body: d(t.memo.body),
          signer: ds(t.memo.signer),
        }
      : null,
    title: ds(t.title),
    intro: d(t.intro),
    scoreSentence: t.scoreSentence === null ? null : d(t.scoreSentence),
    indicators: t.indicators.map((i) => ({ ...i, no: d(i.no), name: d(i.name), score: d(i.score) })),
    summaryTitle: ds(t.summaryTitle),
    issues: t.issues.map((i) => ({
      title: d(i.title),
      rows: i.rows.map((r) => ({
        no: d(r.no),
        measure: r.measure.map((m) => ({ ...m, text: d(m.text) })),
        when: ds(r.when),
        done: ds(r.done),
        outcome: ds(r.outcome),
        remarks: ds(r.remarks),
      })),
    })),
  };
}

/**
 * The results report as it prints, with the texts and structure of the Word export
 * (analysis/plans/report-table.ts): cover and memo when chosen, the indicator table of the year, and the
 * measures table, one band per issue.
 */
export function reportLayout(
  plan: Plan,
  report: ResultsReport | null,
  o: ReportLayoutOptions,
  scores: ReportScores | null = null,
): ReportTable {
  const src = reportSourceOf(fillTexts(plan, o.lang), report, {
    lang: o.lang,
    timeframes: o.timeframes,
    scores,
  });
  return withDigits(reportTable(src, o.lang), o.thaiDigits);
}
