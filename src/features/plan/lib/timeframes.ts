import type { Lang } from '@analysis/text/lang';
import { parseQuarters, timeframeText } from '@analysis/plans/timeframe';

/** Every span of fiscal quarters a measure can run in, as stored (`Q1`, `Q1-Q2`, … `Q4`). */
export const QUARTER_SPANS: readonly string[] = (() => {
  const out: string[] = [];
  for (let a = 1; a <= 4; a++) for (let b = a; b <= 4; b++) out.push(a === b ? `Q${a}` : `Q${a}-Q${b}`);
  return out;
})();

export interface TimeframeOption {
  value: string;
  label: string;
}

/**
 * The choices of the timeframe select: each span in quarters with its months of the plan year
 * ("ไตรมาส 1–2 (ต.ค. 2567 – มี.ค. 2568)"); a timeframe written as free text (from a user's catalogue)
 * is kept as a choice of its own so choosing nothing never changes it.
 */
export function timeframeOptions(current: string, planYear: number, lang: Lang): TimeframeOption[] {
  const opts = QUARTER_SPANS.map((value) => ({
    value,
    label: `${timeframeText(value, planYear, lang, 'quarters')} (${timeframeText(value, planYear, lang, 'months')})`,
  }));
  const q = parseQuarters(current);
  const canonical = q ? (q[0] === q[1] ? `Q${q[0]}` : `Q${q[0]}-Q${q[1]}`) : null;
  if (!canonical && current.trim()) opts.push({ value: current, label: current });
  return opts;
}

/** The select's value for a stored timeframe (`q1 - q4` → `Q1-Q4`). */
export function timeframeValue(current: string): string {
  const q = parseQuarters(current);
  return q ? (q[0] === q[1] ? `Q${q[0]}` : `Q${q[0]}-Q${q[1]}`) : current;
}
