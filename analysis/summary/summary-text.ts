import type { Lang } from '../text/lang';
import { summaryGrid } from './grid';
import { displayWidth } from './text-width';
import type { SummaryTable } from './types';

/** Escape control characters from the files before they reach a terminal. */
function printable(s: string): string {
  return s.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/**
 * A summary table for a terminal: the title and filters, then aligned columns (labels left, numbers
 * right, `—` where there is no value), the totals line after a rule.
 */
export function summaryText(t: SummaryTable, lang: Lang): string {
  const g = summaryGrid(t, lang);
  const cells = [
    g.header,
    ...g.body.map((r) =>
      r.map((c, k) =>
        c === null ? (k < g.labelColumns ? '' : '—') : typeof c === 'number' ? c.toFixed(g.decimals) : c,
      ),
    ),
  ].map((r) => r.map((c) => printable(c)));
  const widths = g.header.map((_, k) => Math.max(...cells.map((r) => displayWidth(r[k] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, k) => pad(c, widths[k] as number, k >= g.labelColumns))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [printable(g.title)];
  if (g.filters) out.push(printable(g.filters));
  if (g.note) out.push(g.note);
  out.push('', line(cells[0] as string[]), rule);
  cells.slice(1).forEach((r, i) => {
    if (i === g.totalsRow) out.push(rule);
    out.push(line(r));
  });
  return out.join('\n') + '\n';
}
