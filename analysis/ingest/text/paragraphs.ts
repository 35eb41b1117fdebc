import type { DocText } from './types';

/**
 * Text that wraps: a question printed in a table cell runs over several lines of its column, with other
 * columns' text beside it on the same lines. A paragraph is the text of one column read down the page
 * (and on to the next page) until a gap, so that a recogniser sees `E๑๐ … คะแนน ๖๖.๐๐` whole; `spans` lead
 * every offset back to its line.
 */
export interface Paragraph {
  text: string;
  col: number;
  /** Where each piece starts in `text`, and the index (in DocText.lines) of the line it came from. */
  spans: { start: number; line: number }[];
}

const THAI_OR_DIGIT = /[\u0e01-\u0e5b]/;

/** Join two pieces of one paragraph: Thai wraps between words without a space; anything else gets one. */
function joiner(before: string, after: string): string {
  if (before === '' || after === '') return '';
  return THAI_OR_DIGIT.test(before.slice(-1)) && THAI_OR_DIGIT.test(after[0] as string) ? '' : ' ';
}

class Builder {
  readonly out: Paragraph[] = [];
  private cur: Paragraph | null = null;

  start(col: number): void {
    this.end();
    this.cur = { text: '', col, spans: [] };
  }

  add(piece: string, line: number): void {
    const p = this.cur;
    if (!p) return;
    p.text += joiner(p.text, piece);
    p.spans.push({ start: p.text.length, line });
    p.text += piece;
  }

  end(): void {
    if (this.cur && this.cur.text !== '') this.out.push(this.cur);
    this.cur = null;
  }
}

/** The line index (in DocText.lines) an offset of a paragraph falls on. */
export function lineOf(p: Paragraph, offset: number): number {
  let line = p.spans[0]?.line ?? 0;
  for (const s of p.spans) {
    if (s.start > offset) break;
    line = s.line;
  }
  return line;
}

/** Every line index a range of a paragraph covers. */
export function linesOf(p: Paragraph, from: number, to: number): number[] {
  const out: number[] = [];
  p.spans.forEach((s, i) => {
    const end = p.spans[i + 1]?.start ?? p.text.length;
    if (s.start < to && end > from && !out.includes(s.line)) out.push(s.line);
  });
  return out;
}

/**
 * The document's paragraphs. Plain text: a line of several cells is a table row, each cell (and each
 * paragraph inside a cell) its own paragraph; consecutive one-cell lines are one paragraph until a blank
 * line. PDF: each column is read down, a new paragraph starting where the gap to the line above is wider
 * than a wrapped line's.
 */
export function paragraphsOf(doc: DocText): Paragraph[] {
  return doc.kind === 'text' ? textParagraphs(doc) : pdfParagraphs(doc);
}

function textParagraphs(doc: DocText): Paragraph[] {
  const b = new Builder();
  let lastY = -2;
  let open = false;
  doc.lines.forEach((line, i) => {
    const single = line.cells.length === 1 && !(line.cells[0] as { text: string }).text.includes('\n');
    if (!single) {
      open = false;
      for (const c of line.cells) {
        for (const part of c.text.split('\n')) {
          b.start(c.col);
          b.add(part, i);
        }
      }
      b.end();
    } else {
      const c = line.cells[0] as { text: string; col: number };
      if (!open || line.y !== lastY + 1) b.start(c.col);
      b.add(c.text, i);
      open = true;
    }
    lastY = line.y;
  });
  b.end();
  return b.out;
}

/** A gap wider than this many text heights (baseline to baseline) ends a PDF paragraph. */
const PARAGRAPH_GAP = 1.75;

function pdfParagraphs(doc: DocText): Paragraph[] {
  const byCol = new Map<number, { line: number; text: string }[]>();
  doc.lines.forEach((line, i) => {
    for (const c of line.cells) {
      let list = byCol.get(c.col);
      if (!list) byCol.set(c.col, (list = []));
      list.push({ line: i, text: c.text });
    }
  });
  const b = new Builder();
  for (const [col, cells] of [...byCol].sort((x, y) => x[0] - y[0])) {
    let prev: { page: number | null; y: number; size: number } | null = null;
    for (const c of cells) {
      const line = doc.lines[c.line];
      if (!line) continue;
      const gap = prev && prev.page === line.page ? line.y - prev.y : 0;
      // A new page continues the column (a cell may run over a page break).
      if (!prev || gap > PARAGRAPH_GAP * Math.max(prev.size, line.size) || gap < 0) b.start(col);
      b.add(c.text, c.line);
      prev = line;
    }
    b.end();
  }
  return b.out;
}
