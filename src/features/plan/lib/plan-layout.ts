import type { Lang } from '@analysis/text/lang';
import { planTable, questionLine, type PlanTable } from '@analysis/plans/plan-table';
import { toThaiDigits } from '@analysis/text/thai-digits';
import type { Plan } from '@analysis/plans/types';

/**
 * The plan as the printed page shows it: the same table model the Word export writes
 * (analysis/plans/plan-table.ts), one row per measure with the issue, question and finding cells spanning
 * the issue's rows, in the digits asked for.
 */

export interface LayoutOptions {
  lang: Lang;
  thaiDigits: boolean;
  timeframes: 'quarters' | 'months';
}

export interface PrintRow {
  key: string;
  /** Rows the issue, question and finding cells span (0 on the rows they span into). */
  span: number;
  issue: string;
  questions: { text: string; note: number | null }[];
  findings: string[];
  /** Measure title then its steps. */
  steps: { text: string; sub: boolean }[];
  time: string;
  units: string[];
  limitations: string[];
  evidence: string[];
}

export interface PlanLayout {
  table: PlanTable;
  rows: PrintRow[];
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim());

export function planLayout(plan: Plan, o: LayoutOptions): PlanLayout {
  const d = (s: string) => (o.thaiDigits ? toThaiDigits(s) : s);
  const raw = planTable(plan, { lang: o.lang, timeframes: o.timeframes });
  const table: PlanTable = {
    ...raw,
    title: d(raw.title),
    subtitle: d(raw.subtitle),
    intro: d(raw.intro),
    notes: raw.notes.map(d),
  };
  const rows: PrintRow[] = [];
  for (const issue of raw.issues) {
    const count = Math.max(1, issue.measures.length);
    for (let r = 0; r < count; r++) {
      const m = issue.measures[r];
      rows.push({
        key: `${issue.id}-${m?.id ?? 'none'}`,
        span: r === 0 ? count : 0,
        issue: d(`${issue.no} ${issue.title}`),
        questions: issue.questions.map((q) => ({ text: d(questionLine(q, o.lang)), note: q.note })),
        findings: issue.findings.map((f) => d(`• ${f}`)),
        steps: m
          ? [
              { text: d(`${m.no}. ${m.title}`), sub: false },
              ...m.steps.map((s, j) => ({ text: d(`${m.no}.${j + 1} ${s}`), sub: true })),
            ]
          : [],
        time: m ? d(m.timeframe) : '',
        units: m
          ? m.unit
              .split(/\s*,\s*|\n/)
              .map((u) => u.trim())
              .filter(Boolean)
              .map((u) => d(`- ${u}`))
          : [],
        limitations: m ? lines(m.limitations).map(d) : [],
        evidence: m ? lines(m.evidence).map(d) : [],
      });
    }
  }
  return { table, rows };
}
