import { writeFileSync } from 'node:fs';
import type { Problem } from '../../analysis/problems';
import type { Lang } from './args';
import { OutputError } from './output-error';

export { OutputError, outputErrorLine } from './output-error';

/**
 * Control characters a file may carry that a terminal would obey (ESC sequences that retitle or clear
 * it, a carriage return that overwrites a line, BEL, C1 controls such as CSI) — everything in C0 but
 * the newline and the tab, DEL and C1.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** The same plus newline and tab: what must not split or shape a one-line message. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
const visible = (c: string): string => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Text for a terminal: control characters shown as escapes (`\e`, `\r`, `\x07`); lines kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** A value on one line: control characters and line breaks shown as escapes (`\n`). */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, (c) =>
    c === '\u2028' || c === '\u2029' ? `\\u${c.charCodeAt(0).toString(16)}` : visible(c),
  );
}

/** Write bytes or text to the file `out`; an OutputError (never an fs exception) when it cannot. */
export function writeOutput(out: string, data: string | Uint8Array): void {
  try {
    writeFileSync(out, data);
  } catch (e) {
    throw OutputError.from(out, e);
  }
}

/** Write the command's output to --out or standard output. */
export function emit(text: string, out: string | undefined): void {
  if (out) writeOutput(out, text);
  else
    try {
      process.stdout.write(text);
    } catch (e) {
      throw OutputError.from(null, e);
    }
}

/** Text output for people: `emit`, with control characters from the files escaped. */
export function emitText(text: string, out: string | undefined): void {
  emit(escapeControls(text), out);
}

/** What `--out` asks for by its extension, in any case (`.DOCX` is Word like `.docx`). */
export function outKind(out: string | undefined): 'docx' | 'csv' | 'json' | 'other' {
  const m = /\.(docx|csv|json)$/i.exec(out ?? '');
  return m ? (m[1]!.toLowerCase() as 'docx' | 'csv' | 'json') : 'other';
}

/** One line per problem, in the chosen language, for standard error (values never break the line). */
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
  return oneLine(`${sev}: ${where}${value}: ${lang === 'th' ? p.message_th : p.message_en}${more}`);
}

/** Print every error to standard error, one line each. */
export function reportErrors(problems: readonly Problem[], lang: Lang): void {
  for (const p of problems) if (p.severity === 'error') process.stderr.write(problemLine(p, lang) + '\n');
}
