import type { Lang } from '@analysis/text/lang';
import { toCsv } from '@analysis/exports/csv';
import type { Problem, Severity } from '@analysis/problems';
import { normaliseThai } from '@analysis/agencies/search';

export interface ProblemFilter {
  sev: Severity | null;
  file: string | null;
  q: string;
}

/** The rows a problem is about, as a list (a grouped problem lists its first rows). */
export function problemRows(p: Problem): number[] {
  if (p.rows && p.rows.length > 0) return p.rows;
  return p.row === null ? [] : [p.row];
}

export function messageOf(p: Problem, lang: Lang): string {
  return lang === 'th' ? p.message_th : p.message_en;
}

/** Problems matching the filters; the search looks at message, value, column, file and row numbers. */
export function filterProblems(problems: readonly Problem[], f: ProblemFilter, lang: Lang): Problem[] {
  const needle = normaliseThai(f.q);
  return problems.filter((p) => {
    if (f.sev && p.severity !== f.sev) return false;
    if (f.file !== null && p.file !== f.file) return false;
    if (!needle) return true;
    const text = [messageOf(p, lang), p.value, p.column, p.file, p.kind, problemRows(p).join(' ')]
      .filter((x) => x !== null && x !== undefined)
      .join(' ');
    return normaliseThai(text).includes(needle);
  });
}

/** The problems as CSV (formula-safe, UTF-8 BOM), with the message in the UI language and the other. */
export function problemsCsv(problems: readonly Problem[], lang: Lang): string {
  const header = [
    'severity',
    'file',
    'row',
    'rows',
    'count',
    'column',
    'value',
    'kind',
    'message',
    'message_other',
  ];
  const rows = problems.map((p) => [
    p.severity,
    p.file,
    p.row,
    p.rows ? p.rows.join(' ') : '',
    p.count ?? (p.row === null ? '' : 1),
    p.column,
    p.value,
    p.kind,
    messageOf(p, lang),
    messageOf(p, lang === 'th' ? 'en' : 'th'),
  ]);
  return toCsv(header, rows);
}
