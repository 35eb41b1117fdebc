/**
 * Column widths fitted to what the columns hold: each column gets its minimum (so its heading and short
 * entries do not break letter by letter), and the rest of the width is shared in proportion to the text
 * it holds, damped a little (power 0.85) so a long column grows without squeezing the others to nothing.
 */
export function fitColumns(
  texts: readonly (readonly string[])[],
  mins: readonly number[],
  total: number,
): number[] {
  const volume = texts.map((col) => col.reduce((n, t) => n + [...t].length, 0));
  const weights = volume.map((v) => Math.pow(Math.max(v, 1), 0.85));
  const base = mins.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, total - base);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = mins.map((m, i) => Math.floor(m + (spare * (weights[i] ?? 0)) / sum));
  // Whatever rounding left goes to the widest column, so the widths add up to the total exactly.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  const widest = widths.indexOf(Math.max(...widths));
  if (widest >= 0) widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}
