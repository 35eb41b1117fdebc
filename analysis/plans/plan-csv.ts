import { toCsv } from '../exports/csv';
import { round } from '../scoring/round';
import { toThaiDigits } from '../text/thai-digits';
import { timeframeText } from './timeframe';
import type { Plan } from './types';

export interface PlanExportOptions {
  lang: 'th' | 'en';
  thaiDigits?: boolean;
  /** How timeframes are written (default quarters). */
  timeframes?: 'quarters' | 'months';
}

/** Steps numbered one per line, as the plans print them. */
export function numberedSteps(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
}

/**
 * The plan as CSV in the column order of agencies' plans (ประเด็น · ข้อคำถาม ITA · ข้อค้นพบ ·
 * ขั้นตอน/วิธีการปฏิบัติ · ระยะเวลาดำเนินการ · หน่วยงานผู้รับผิดชอบ), one row per measure, plus the evidence to
 * publish. UTF-8 with BOM; every cell formula-safe.
 */
export function planCsv(plan: Plan, opts: PlanExportOptions): string {
  const th = opts.lang === 'th';
  const d = (s: string): string => (opts.thaiDigits ? toThaiDigits(s) : s);
  const header = th
    ? [
        'ลำดับ',
        'ประเด็น',
        'ข้อคำถาม ITA',
        'ข้อค้นพบ',
        'มาตรการ',
        'ขั้นตอน/วิธีการปฏิบัติ',
        'ระยะเวลาดำเนินการ',
        'หน่วยงานผู้รับผิดชอบ',
        'หลักฐานที่เผยแพร่',
      ]
    : [
        'No.',
        'Issue',
        'ITA questions',
        'Findings',
        'Measure',
        'Steps',
        'Timeframe',
        'Responsible unit',
        'Evidence to publish',
      ];
  const rows: string[][] = [];
  plan.issues.forEach((issue, i) => {
    const questions = issue.questions
      .map(
        (q) =>
          `${q.code} ${th ? q.textTh : q.textEn} (${th ? 'คะแนน' : 'score'} ${round(q.score, 2).toFixed(2)})`,
      )
      .join('\n');
    const findings = issue.questions.map((q) => (th ? q.findingTh : q.findingEn)).join('\n');
    const measures = issue.measures.length > 0 ? issue.measures : [null];
    for (const m of measures) {
      rows.push([
        d(String(i + 1)),
        th ? issue.titleTh : issue.titleEn,
        d(questions),
        d(findings),
        m ? (th ? m.titleTh : m.titleEn) : '',
        m ? d(numberedSteps(th ? m.stepsTh : m.stepsEn)) : '',
        m
          ? timeframeText(
              m.timeframe,
              plan.planYear,
              opts.lang,
              opts.timeframes ?? 'quarters',
              opts.thaiDigits,
            )
          : '',
        m ? (th ? m.unitTh : m.unitEn) : '',
        m ? (th ? m.evidenceTh : m.evidenceEn) : '',
      ]);
    }
  });
  return toCsv(header, rows);
}
