/**
 * The CLI when it cannot write, and what it prints from hostile files: `--out` into a missing or
 * read-only folder, onto a device or a directory gives one line in the chosen language and exit 3 (never
 * a stack trace); `.DOCX` is Word; control characters from files are escaped on standard output and
 * standard error, and a value with a newline never splits an error line.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '@analysis/problems';
import { escapeControls, oneLine, outKind, problemLine } from '../../../tools/cli/output';
import { OutputError } from '../../../tools/cli/output-error';
import { Sink } from '../../../tools/cli/sink';
import { ita, type Run } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'ita-out-'));
const PLAN = [
  'plan',
  'data/examples/huai-chorakhe-2566-questions.csv',
  '--org',
  'อบต.ห้วยจรเข้',
  '--year',
  '2566',
];

/**
 * A folder nobody may create files in. Root ignores file modes, so as root it is /sys (the kernel's
 * own file system refuses new files whoever asks); otherwise a folder of ours made read-only.
 */
function readOnlyFolder(): string {
  if (process.getuid?.() === 0) return '/sys';
  const d = join(dir, 'read-only');
  mkdirSync(d, { recursive: true });
  chmodSync(d, 0o555);
  return d;
}

/** Exactly one line on standard error, no stack trace. */
function oneStderrLine(r: Run): string {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('ita when it cannot write its output', () => {
  it('a folder that does not exist: one Thai line naming the path and the fix, exit 3', () => {
    const out = join(dir, 'no-such-folder', 'plan.docx');
    const r = ita(...PLAN, '--out', out);
    expect(r.status).toBe(3);
    expect(oneStderrLine(r)).toBe(`ita: เขียน ${out} ไม่ได้ (ENOENT): ไม่มีโฟลเดอร์นี้ — สร้างโฟลเดอร์ก่อน หรือเลือกที่อื่น`);
    expect(r.stdout).toBe('');
  });

  it('a read-only folder: one English line, exit 3', () => {
    const out = join(readOnlyFolder(), 'ranks.csv');
    const r = ita('rank', 'data/examples/satengnok-2567-indicators.csv', '--lang', 'en', '--out', out);
    expect(r.status).toBe(3);
    expect(oneStderrLine(r)).toMatch(
      new RegExp(`^ita: cannot write ${out} \\((EACCES|EPERM|EROFS)\\): .*read-only`),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a device that takes nothing (/dev/full), analysing to JSON: exit 3', () => {
    const r = ita(
      'analyse',
      'data/examples/satengnok-2567-indicators.csv',
      '--format',
      'json',
      '--out',
      '/dev/full',
    );
    expect(r.status).toBe(3);
    expect(oneStderrLine(r)).toBe('ita: เขียน /dev/full ไม่ได้ (ENOSPC): ดิสก์หรืออุปกรณ์เต็ม — คืนพื้นที่แล้วลองใหม่');
  });

  it('a directory given as the file: exit 3, and the template command too', () => {
    const r = ita('template', '--year', '2567', '--lang', 'en', '--out', dir);
    expect(r.status).toBe(3);
    expect(oneStderrLine(r)).toBe(`ita: cannot write ${dir} (EISDIR): it is a folder — give a file name`);
  });

  it('--out plan.DOCX writes Word, as .docx does', () => {
    const out = join(dir, 'Plan.DOCX');
    const r = ita(...PLAN, '--out', out);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    // A Word file is a zip whose first entry is [Content_Types].xml, never the plan as text.
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(outKind('x.Csv')).toBe('csv');
    expect(outKind('x.docx.txt')).toBe('other');
  });
});

describe('control characters and newlines from files', () => {
  const ESC = '\u001b';
  // An agency name that would retitle the terminal and clear the screen; a score cell with a newline
  // (quoted, so one row); a cell that would turn the terminal red; a carriage return that would
  // overwrite the line it is on.
  const file = join(dir, 'hostile.csv');
  writeFileSync(
    file,
    'org_id,org_name,year,code,score\n' +
      `A1,"${ESC}]0;pwned\u0007Evil${ESC}[2J",2567,1,95\n` +
      'A1,x,2567,2,"12\nab"\n' +
      `A1,x,2567,3,"${ESC}[31mred"\n` +
      'A1,x,2567,4,"9\r0"\n',
  );

  it('text output and standard error carry no control character; every error is one line', () => {
    const r = ita('analyse', file, '--lang', 'en');
    expect(r.status).toBe(1);
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(r.stdout).not.toMatch(controls);
    expect(r.stderr).not.toMatch(controls);
    expect(r.stdout).toContain('\\e]0;pwned\\x07Evil\\e[2J');
    const json = JSON.parse(ita('analyse', file, '--format', 'json').stdout) as { errors: Problem[] };
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.errors.length);
    for (const line of lines) expect(line).toMatch(/^error: hostile\.csv, row \d+, column score /);
    expect(r.stderr).toContain('[12\\nab]');
  });

  it('problemLine keeps a grouped problem with newlines, tabs and ESC in its fields on one line', () => {
    const p: Problem = {
      severity: 'error',
      kind: 'bad-number',
      file: `a\nb${ESC}[2J.csv`,
      row: 3,
      column: 'score\t2',
      value: 'x\r\ny\u2028z',
      message_th: 'คะแนนไม่ใช่ตัวเลข',
      message_en: 'Not a number',
    };
    const line = problemLine(p, 'th');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(line).not.toMatch(/[\n\r\t\u001b\u2028]/);
    expect(line).toBe('ข้อผิดพลาด: a\\nb\\e[2J.csv, แถว 3, คอลัมน์ score\\t2 [x\\r\\ny\\u2028z]: คะแนนไม่ใช่ตัวเลข');
  });

  it('escapeControls keeps lines and Thai; oneLine escapes the breaks as well', () => {
    expect(escapeControls('ก\nข\t\u0007\u009b2J\u007f')).toBe('ก\nข\t\\x07\\x9b2J\\x7f');
    expect(oneLine('ก\nข')).toBe('ก\\nข');
  });
});

describe('Sink (streamed output)', () => {
  it('fails with an OutputError at once for a missing folder, and at the write for a full device', () => {
    expect(() => new Sink(join(dir, 'nope', 'x.json'))).toThrow(OutputError);
    const s = new Sink('/dev/full');
    s.write('x'.repeat(10));
    let err: unknown = null;
    try {
      s.close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).code).toBe('ENOSPC');
    expect(existsSync('/dev/full')).toBe(true);
  });
});
