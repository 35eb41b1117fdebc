import { toCsv } from '../exports/csv';
import { planTable, questionLine, type PlanTable, type TableQuestion } from './plan-table';
import type { Plan } from './types';

export interface PlanExportOptions {
  lang: 'th' | 'en';
  /** How timeframes are written (default quarters). */
  timeframes?: 'quarters' | 'months';
}

/** Steps numbered one per line, as the plans print them. */
export function numberedSteps(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
}

/** A question line with its mark spelled out (CSV and text have no footnotes). */
export function markedQuestion(q: TableQuestion, t: PlanTable, lang: 'th' | 'en'): string {
  const line = questionLine(q, lang);
  return q.note === null ? line : `${line} [${t.notes[q.note - 1] ?? ''}]`;
}

/**
 * The plan as CSV for Excel, with the fields of the Word table (plan-table.ts), one row per measure:
 * issue number and title, the issue's questions (NACC wording, score, any mark) and findings, the measure's
 * number, title, steps, timeframe, responsible unit, evidence to publish and constraints. Numbers in
 * Arabic digits whatever the document setting (a spreadsheet cannot add Thai digits); UTF-8 with BOM;
 * every cell formula-safe, and none of our own texts starts with a formula character.
 */
export function planCsv(plan: Plan, opts: PlanExportOptions): string {
  const th = opts.lang === 'th';
  const t = planTable(plan, { lang: opts.lang, timeframes: opts.timeframes ?? 'quarters' });
  const header = th
    ? [
        'ประเด็นที่',
        'ประเด็น',
        'ข้อคำถาม ITA',
        'ข้อค้นพบ',
        'มาตรการที่',
        'มาตรการ',
        'ขั้นตอน/วิธีการปฏิบัติ',
        'ระยะเวลาดำเนินการ',
        'หน่วยงานผู้รับผิดชอบ',
        'หลักฐานที่เผยแพร่',
        'ข้อจำกัด',
      ]
    : [
        'Issue no.',
        'Issue',
        'ITA questions',
        'Findings',
        'Measure no.',
        'Measure',
        'Steps',
        'Timeframe',
        'Responsible unit',
        'Evidence to publish',
        'Constraints',
      ];
  const rows: (string | number)[][] = [];
  t.issues.forEach((issue, i) => {
    const questions = issue.questions.map((q) => markedQuestion(q, t, opts.lang)).join('\n');
    const findings = issue.findings.map((f) => `• ${f}`).join('\n');
    const measures = issue.measures.length > 0 ? issue.measures : [null];
    for (const m of measures) {
      rows.push([
        i + 1,
        issue.title,
        questions,
        findings,
        m ? Number(m.no) : '',
        m ? m.title : '',
        m ? numberedSteps(m.steps) : '',
        m ? m.timeframe : '',
        m ? m.unit : '',
        m ? m.evidence : '',
        m ? m.limitations : '',
      ]);
    }
  });
  return toCsv(header, rows);
}
