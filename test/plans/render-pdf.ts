/**
 * Word documents rendered as a reader sees them: LibreOffice converts the .docx to PDF, pdftotext reads each
 * page back. Neither is installed in CI; `office.missing` says which one is absent so the tests that need
 * them can say why they were skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const find = (name: string): string | undefined =>
  ['/usr/bin', '/usr/local/bin'].map((d) => join(d, name)).find((p) => existsSync(p));

const soffice = find('soffice');
const pdftotext = find('pdftotext');

export const office = {
  missing: !soffice
    ? 'LibreOffice (soffice) is not installed'
    : !pdftotext
      ? 'pdftotext (poppler-utils) is not installed'
      : null,
};

/** A test title that says why it was skipped on a machine without the tools. */
export const needsOffice = (title: string): string =>
  office.missing ? `${title} [skipped: ${office.missing}]` : title;

/** The text of each page of a .docx as LibreOffice lays it out (pdftotext -layout). */
export function renderPages(docx: Uint8Array, name = 'doc'): string[] {
  if (!soffice || !pdftotext) throw new Error(office.missing ?? 'no office');
  const dir = mkdtempSync(join(tmpdir(), 'ita-render-'));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  // A profile of its own (HOME), so a LibreOffice already running for someone else does not take the job.
  const r = spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, HOME: dir },
  });
  const pdf = join(dir, `${name}.pdf`);
  if (r.status !== 0 || !existsSync(pdf)) throw new Error(`soffice failed: ${r.stderr}`);
  const text = spawnSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  // pdftotext ends every page with a form feed.
  const pages = text.stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
  return pages;
}

/**
 * Text reduced to what survives PDF extraction of Thai: no spaces, no above/below vowels or tone marks
 * (pdftotext may place them out of order), Thai digits as Arabic ones.
 */
export function bare(s: string): string {
  return s
    .replace(/[\s\u00A0\u2060]/g, '')
    .replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '')
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}
