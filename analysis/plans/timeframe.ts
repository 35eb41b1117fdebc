import { FISCAL_MONTHS_TH } from '../text/thai-months';
import { toThaiDigits } from '../text/thai-digits';

const MONTHS_EN = ['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'];

/** Quarters `Q1`…`Q4` (or a range `Q1-Q4`) of a timeframe text; null when it is not one. */
export function parseQuarters(tf: string): [number, number] | null {
  const m = /^\s*Q([1-4])\s*(?:[-–]\s*Q?([1-4]))?\s*$/i.exec(tf);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : null;
}

/**
 * A timeframe for people, in the plan's fiscal year (BE; fiscal year N runs October N−1 to September N):
 * `quarters` → "ไตรมาส 1–4" / "Quarters 1–4"; `months` → "ต.ค. 2567 – ก.ย. 2568" / "Oct 2024 – Sep 2025"
 * (English in Common Era). Text that is not quarters is returned as written.
 */
export function timeframeText(
  tf: string,
  planYear: number,
  lang: 'th' | 'en',
  style: 'quarters' | 'months',
  thaiDigits = false,
): string {
  const q = parseQuarters(tf);
  let out: string;
  if (!q) out = tf;
  else if (style === 'quarters') {
    const span = q[0] === q[1] ? `${q[0]}` : `${q[0]}–${q[1]}`;
    out = lang === 'th' ? `ไตรมาส ${span}` : q[0] === q[1] ? `Quarter ${span}` : `Quarters ${span}`;
  } else {
    const first = (q[0] - 1) * 3;
    const last = q[1] * 3 - 1;
    const yearOf = (monthIndex: number): number =>
      (monthIndex < 3 ? planYear - 1 : planYear) - (lang === 'en' ? 543 : 0);
    const names = lang === 'th' ? FISCAL_MONTHS_TH : MONTHS_EN;
    out = `${names[first]} ${yearOf(first)} – ${names[last]} ${yearOf(last)}`;
  }
  return thaiDigits ? toThaiDigits(out) : out;
}

/**
 * How the plan and the results report write a measure's timeframe unless the user chooses otherwise: in
 * fiscal quarters, as the measures plan of seed 004 prints it ("ไตรมาส ๑-๔"). One default for both, so
 * the report reads its measures the way the plan it reports on was exported.
 */
export const DEFAULT_TIMEFRAMES: 'quarters' | 'months' = 'quarters';
