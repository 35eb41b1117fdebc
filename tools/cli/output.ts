import { writeFileSync } from 'node:fs';
import type { Problem } from '../../analysis/problems';
import type { Lang } from './args';

/** Write the command's output to --out or standard output. */
export function emit(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

/** One line per problem, in the chosen language, for standard error. */
export function problemLine(p: Problem, lang: Lang): string {
  const where = [
    p.file,
    p.row !== null ? (lang === 'th' ? `แถว ${p.row}` : `row ${p.row}`) : null,
    p.column ? (lang === 'th' ? `คอลัมน์ ${p.column}` : `column ${p.column}`) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const value = p.value !== null && p.value !== '' ? ` [${p.value}]` : '';
  const more =
    p.count && p.count > 1
      ? lang === 'th'
        ? ` (พบ ${p.count} แถว: ${(p.rows ?? []).join(', ')}${p.count > (p.rows?.length ?? 0) ? ' …' : ''})`
        : ` (${p.count} rows: ${(p.rows ?? []).join(', ')}${p.count > (p.rows?.length ?? 0) ? ' …' : ''})`
      : '';
  const sev =
    lang === 'th' ? { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'หมายเหตุ' }[p.severity] : p.severity;
  return `${sev}: ${where}${value}: ${lang === 'th' ? p.message_th : p.message_en}${more}`;
}

/** Print every error to standard error, one line each. */
export function reportErrors(problems: readonly Problem[], lang: Lang): void {
  for (const p of problems) if (p.severity === 'error') process.stderr.write(problemLine(p, lang) + '\n');
}
