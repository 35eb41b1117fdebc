import { cleanText } from '../text/clean-text';
import type { DocCell, DocLine, DocText } from '../text/types';

/** One run of text on a PDF page, as its text layer gives it (PDF points, y from the top of the page). */
export interface PdfTextItem {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Width. */
  w: number;
  /** Font size (height of the text). */
  h: number;
}

/** The text runs of one page. */
export interface PdfPageText {
  /** 1-based. */
  page: number;
  items: PdfTextItem[];
}

/** Baselines closer than this many text heights are one line. */
const SAME_LINE = 0.4;
/** A gap wider than this many text heights always separates two cells. */
const WIDE_GAP = 1.6;
/** A gap at least this wide separates cells when the next run starts at a known column edge. */
const COLUMN_GAP = 0.45;
/** A gap this wide (or a space run between) is a space inside a cell. */
const SPACE_GAP = 0.12;
/** Left edges closer than this (points) are one column edge. */
const EDGE_TOLERANCE = 2;

interface RawLine {
  page: number;
  y: number;
  h: number;
  items: PdfTextItem[];
}

/** Runs of one page grouped into lines by baseline, each sorted left to right; white-space runs dropped. */
function groupLines(page: PdfPageText): RawLine[] {
  const items = page.items
    .filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const it of items) {
    const h = it.h > 0 ? it.h : 10;
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) <= SAME_LINE * Math.min(h, last.h)) last.items.push(it);
    else lines.push({ page: page.page, y: it.y, h, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Cells of a line, split at gaps: wide ones always, narrower ones where a column edge begins. */
function cellsOf(line: RawLine, edges: readonly number[] | null): { text: string; x0: number; x1: number }[] {
  const out: { text: string; x0: number; x1: number }[] = [];
  let cur: { text: string; x0: number; x1: number } | null = null;
  for (const it of line.items) {
    const gap = cur ? it.x - cur.x1 : Infinity;
    const atEdge = edges !== null && edges.some((e) => Math.abs(e - it.x) <= EDGE_TOLERANCE);
    const split =
      !cur || gap > WIDE_GAP * line.h || (gap > COLUMN_GAP * line.h && (edges === null || atEdge));
    if (split) {
      if (cur) out.push(cur);
      cur = { text: it.str, x0: it.x, x1: it.x + it.w };
      continue;
    }
    if (!cur) continue;
    const space = gap > SPACE_GAP * line.h && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
    cur.text += (space ? ' ' : '') + it.str;
    cur.x1 = Math.max(cur.x1, it.x + it.w);
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Column edges of the document: left edges where cells start on at least three lines (table columns and
 * the text margin; a wrapped cell starts every line at its column's edge).
 */
function columnEdges(lines: readonly RawLine[]): number[] {
  const starts: number[] = [];
  for (const l of lines) for (const c of cellsOf(l, null)) starts.push(c.x0);
  starts.sort((a, b) => a - b);
  const edges: number[] = [];
  let i = 0;
  while (i < starts.length) {
    let j = i;
    while (j + 1 < starts.length && (starts[j + 1] as number) - (starts[i] as number) <= EDGE_TOLERANCE) j++;
    if (j - i + 1 >= 3) edges.push(starts[i] as number);
    i = j + 1;
  }
  return edges;
}

/** The column a cell falls in: the edge it starts at; a cell starting elsewhere gets a column of its own. */
function columnOf(x0: number, edges: readonly number[]): number {
  const k = edges.findIndex((e) => Math.abs(e - x0) <= EDGE_TOLERANCE);
  return k >= 0 ? k : 1000 + Math.round(x0);
}

/**
 * Lines repeated on several pages at the same height (running heads and feet, a table header printed
 * again on each page): kept on the first page only.
 */
function repeated(lines: readonly RawLine[], text: (l: RawLine) => string): Set<RawLine> {
  const seen = new Map<string, number>();
  const drop = new Set<RawLine>();
  for (const l of lines) {
    const key = `${Math.round(l.y / 3)}|${text(l)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, l.page);
    else if (first !== l.page) drop.add(l);
  }
  return drop;
}

/** A PDF's text runs as lines and cells (the document reader's input), columns found from left edges. */
export function linesFromPdf(pages: readonly PdfPageText[]): DocText {
  const raw = pages.flatMap(groupLines);
  const edges = columnEdges(raw);
  const cellTexts = new Map<RawLine, { text: string; x0: number; x1: number }[]>();
  for (const l of raw) cellTexts.set(l, cellsOf(l, edges));
  const drop = repeated(raw, (l) => (cellTexts.get(l) ?? []).map((c) => cleanText(c.text)).join('\t'));
  const lines: DocLine[] = [];
  let page = 0;
  let n = 0;
  for (const l of raw) {
    if (l.page !== page) {
      page = l.page;
      n = 0;
    }
    n++;
    if (drop.has(l)) continue;
    const cells: DocCell[] = [];
    for (const c of cellTexts.get(l) ?? []) {
      const text = cleanText(c.text);
      if (text !== '') cells.push({ text, col: columnOf(c.x0, edges), x0: c.x0, x1: c.x1 });
    }
    if (cells.length > 0) lines.push({ page: l.page, line: n, y: l.y, size: l.h, cells });
  }
  return { kind: 'pdf', pages: pages.length, lines };
}
