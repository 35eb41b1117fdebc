import { cleanText } from './clean-text';
import type { DocCell, DocLine, DocText } from './types';

/**
 * Text copied out of a PDF viewer, or saved by a PDF-to-text tool, as lines and cells. Cells are split at
 * tabs (what viewers and converters put between table columns), else at runs of three or more spaces (a
 * converter's layout mode), else the line is one cell. A form feed starts a new page (pdftotext writes one
 * per page). Converters also leave a little markup, which is read for what it means: `<p>` and `<br>`
 * separate paragraphs inside a cell, `| a | b |` is a table row, `&amp;` is `&`, and emphasis marks
 * (`<b>`, `**`, `## `) are dropped.
 */
export function linesFromText(text: string): DocText {
  const lines: DocLine[] = [];
  let page = 1;
  let line = 0;
  let paged = false;
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  raw.forEach((source, index) => {
    let s = source;
    while (s.includes('\f')) {
      const at = s.indexOf('\f');
      if (s.slice(0, at).trim() !== '') pushLine(lines, s.slice(0, at), paged ? page : null, ++line, index);
      page++;
      paged = true;
      line = 0;
      s = s.slice(at + 1);
    }
    line++;
    pushLine(lines, s, paged ? page : null, line, index);
  });
  if (paged) {
    // Lines before the first form feed are page 1.
    for (const l of lines) if (l.page === null) l.page = 1;
  }
  return { kind: 'text', pages: paged ? page : 1, lines };
}

function pushLine(out: DocLine[], source: string, page: number | null, line: number, index: number): void {
  const cells = splitCells(source);
  if (cells.length === 0) return;
  out.push({ page, line, y: index, size: 1, cells });
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** A line's markup read for what it means (see linesFromText); `\n` separates paragraphs. */
function unmark(s: string): string {
  return s
    .replace(/<\s*br\s*\/?\s*>/gi, '\n')
    .replace(/<\s*\/\s*p\s*>\s*<\s*p\b[^>]*>/gi, '\n')
    .replace(/<\s*\/?\s*(?:p|b|strong|i|em|u|span|div|sup|sub|font)\b[^>]*>/gi, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, e: string) => ENTITIES[e] ?? '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '');
}

/** The cells of one line of text (see linesFromText). */
export function splitCells(source: string): DocCell[] {
  let s = unmark(source);
  let parts: string[];
  const trimmed = s.trim();
  if (/^\|.*\|$/.test(trimmed)) {
    // A Markdown table row; its separator row (`|---|:--:|`) holds nothing.
    if (/^\|[\s:|-]+\|$/.test(trimmed)) return [];
    s = trimmed.slice(1, -1);
    parts = s.split('|');
  } else if (s.includes('\t')) parts = s.split('\t');
  else parts = s.split(/ {3,}/);
  const cells: DocCell[] = [];
  parts.forEach((p, i) => {
    const text = p
      .split('\n')
      .map((x) => cleanText(x))
      .filter((x) => x !== '')
      .join('\n');
    if (text !== '') cells.push({ text, col: i, x0: i, x1: i + 1 });
  });
  return cells;
}
