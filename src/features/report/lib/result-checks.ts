import type { MeasureResult } from '@analysis/plans/types';

/**
 * What is wrong with a result's end date, if anything: it comes before the start (`order`), or the measure
 * is marked done without the day it was finished (`doneNoEnd`, which the report's table would print blank).
 */
export function endDateProblem(
  r: Pick<MeasureResult, 'status' | 'startDate' | 'endDate'>,
): 'order' | 'doneNoEnd' | null {
  if (r.startDate && r.endDate && r.endDate < r.startDate) return 'order';
  if (r.status === 'done' && !r.endDate) return 'doneNoEnd';
  return null;
}
