import type { ReadValue, SourceLine } from '@analysis/ingest/text/types';

/** Where something was read, in the UI's words: `หน้า 1 บรรทัด 19–22` (`from` … `at` on one page). */
export function whereLabel(
  m: (key: 'page' | 'line' | 'lines', p: Record<string, string | number>) => string,
  at: SourceLine,
  from?: SourceLine,
): string {
  const page = at.page === null ? '' : m('page', { page: at.page });
  if (from && from.page === at.page && from.line !== at.line)
    return `${page}${m('lines', { from: Math.min(from.line, at.line), to: Math.max(from.line, at.line) })}`;
  return `${page}${m('line', { line: at.line })}`;
}

/** What the value was read as, shown beside the code: the code as printed and its wording. */
export function readAs(v: ReadValue): string {
  const text = v.text && !v.printed.includes(v.text) ? ` ${v.text}` : '';
  return `${v.printed}${text}`.trim();
}
