import { toCsv } from '../../../../analysis/exports/csv';
import { STATUS_LABELS, resultOf, thaiDate } from '../../../../analysis/plans/report';
import { timeframeText } from '../../../../analysis/plans/timeframe';
import type { Plan, ResultsReport } from '../../../../analysis/plans/types';
import { toThaiDigits } from '../../../../analysis/text/thai-digits';
import { fillTexts, type ReportLayoutOptions } from './report-layout';

/**
 * The results report as CSV, one row per measure: the plan's measure, its planned timeframe and unit,
 * then what was recorded (status, dates in BE, what was done, outcome, remarks). UTF-8 with BOM, every
 * cell formula-safe (analysis/exports/csv.ts).
 */
export function reportCsv(source: Plan, report: ResultsReport | null, o: ReportLayoutOptions): string {
  const plan = fillTexts(source, o.lang);
  const th = o.lang === 'th';
  const d = (s: string) => (o.thaiDigits ? toThaiDigits(s) : s);
  const header = th
    ? [
        'ลำดับ',
        'ประเด็น',
        'มาตรการ/กิจกรรม',
        'ขั้นตอน/วิธีการปฏิบัติ',
        'หน่วยงานผู้รับผิดชอบ',
        'ระยะเวลาตามแผน',
        'สถานะ',
        'วันที่เริ่ม',
        'วันที่เสร็จ',
        'สรุปผลการดำเนินการ',
        'ผลลัพธ์หรือความสำเร็จ',
        'หมายเหตุ',
      ]
    : [
        'No.',
        'Issue',
        'Measure',
        'Steps',
        'Responsible unit',
        'Planned timeframe',
        'Status',
        'Started',
        'Finished',
        'What was done',
        'Outcome',
        'Remarks',
      ];
  const rows: string[][] = [];
  plan.issues.forEach((issue, i) => {
    issue.measures.forEach((m, k) => {
      const r = resultOf(report, m.id);
      rows.push([
        d(`${i + 1}.${k + 1}`),
        th ? issue.titleTh : issue.titleEn,
        th ? m.titleTh : m.titleEn,
        d((th ? m.stepsTh : m.stepsEn).map((s, j) => `${j + 1}. ${s}`).join('\n')),
        th ? m.unitTh : m.unitEn,
        d(timeframeText(m.timeframe, plan.planYear, o.lang, o.timeframes)),
        th ? STATUS_LABELS[r.status].th : STATUS_LABELS[r.status].en,
        d(th ? thaiDate(r.startDate) : (r.startDate ?? '')),
        d(th ? thaiDate(r.endDate) : (r.endDate ?? '')),
        r.doneTh,
        r.outcomeTh,
        r.noteTh,
      ]);
    });
  });
  return toCsv(header, rows);
}
