import type { Lang } from '@analysis/text/lang';
import type { Dim, SummaryMember, SummaryTable } from '@analysis/summary/types';
import type { Formatter } from '@/shared/i18n/format';

/** A cell value as the view shows it: points at 2 decimals, shares at 1 decimal with %, counts whole, a change signed. */
export function formatCell(value: number | null, t: SummaryTable, fmt: Formatter): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (t.unit === 'count') return fmt.int(value);
  if (t.unit === 'percent') return fmt.pct(value, 1);
  const text = fmt.num(value, 2);
  return t.query.stat === 'change' && value > 0 && text !== fmt.num(0, 2) ? `+${text}` : text;
}

/** A member's label in the UI language (years in the chosen digits). */
export function memberLabel(dim: Dim | null, m: SummaryMember, lang: Lang, fmt: Formatter): string {
  if (dim === 'year') return fmt.year(Number(m.key));
  return m[lang];
}
