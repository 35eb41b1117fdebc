import type { MeasureResult, Plan, ResultStatus, ResultsReport } from './types';
import { THAI_MONTHS_SHORT } from '../text/thai-months';

export const STATUS_LABELS: Record<ResultStatus, { th: string; en: string }> = {
  'not-started': { th: 'ยังไม่ดำเนินการ', en: 'Not started' },
  'in-progress': { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  done: { th: 'ดำเนินการแล้ว', en: 'Done' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

/** A blank result for a measure. */
export function emptyResult(measureId: string): MeasureResult {
  return {
    measureId,
    status: 'not-started',
    doneTh: '',
    outcomeTh: '',
    startDate: null,
    endDate: null,
    noteTh: '',
  };
}

/** The result recorded for a measure, or a blank one. */
export function resultOf(report: ResultsReport | null, measureId: string): MeasureResult {
  return report?.results[measureId] ?? emptyResult(measureId);
}

export interface Progress {
  total: number;
  byStatus: Record<ResultStatus, number>;
  /** Share of measures done (cancelled ones excluded from the total), 0–100. */
  donePct: number;
}

/** Progress at a glance: how many measures of the plan are done, in progress, not started. */
export function reportProgress(plan: Plan, report: ResultsReport | null): Progress {
  const byStatus: Record<ResultStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    done: 0,
    cancelled: 0,
  };
  let total = 0;
  for (const issue of plan.issues) {
    for (const m of issue.measures) {
      total++;
      byStatus[resultOf(report, m.id).status]++;
    }
  }
  const counted = total - byStatus.cancelled;
  return { total, byStatus, donePct: counted > 0 ? (byStatus.done / counted) * 100 : 0 };
}

/** An ISO date `YYYY-MM-DD` as a Thai date in the Buddhist Era (`1 ต.ค. 2567`), or '' when absent or malformed. */
export function thaiDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return '';
  const month = THAI_MONTHS_SHORT[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${Number(m[1]) + 543}` : '';
}
