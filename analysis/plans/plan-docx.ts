import { Packer, Table, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import {
  a4Document,
  endParagraph,
  cell,
  para,
  PT,
  TEXT_WIDTH,
  type CellLine,
  type DocOptions,
  type Footnotes,
} from './docx-common';
import { fitColumns } from './fit-columns';
import { headingLines } from './heading-lines';
import { planTable, questionLine, type PlanTable, type TableIssue, type TableMeasure } from './plan-table';
import { signatureRow } from './signatures';
import { bodyRow, tailRows, type RowCell } from './table-tail';
import type { Plan } from './types';

/** Minimum column widths (twips): issue, question, finding, steps, timeframe, unit, evidence. */
const MINS = [1700, 2300, 2300, 2600, 1350, 1400, 1400];

function stepLines(m: TableMeasure | undefined): CellLine[] {
  if (!m) return [];
  return [
    { text: `${m.no}. ${m.title}`, bold: true },
    ...m.steps.map((s, j) => ({ text: `${m.no}.${j + 1} ${s}`, sub: true })),
  ];
}

function unitLines(m: TableMeasure | undefined, t: PlanTable): CellLine[] {
  if (!m) return [];
  const units = m.unit
    .split(/\s*,\s*|\n/)
    .map((u) => u.trim())
    .filter(Boolean)
    .map((u) => ({ text: `- ${u}` }));
  if (!m.limitations.trim()) return units;
  return [
    ...units,
    { text: `${t.head.limitations}:`, bold: true },
    ...m.limitations.split('\n').map((l) => ({ text: l })),
  ];
}

/** Column of the steps, whose last line ends the table (table-tail.ts). */
const STEPS = 3;

/**
 * The rows of one issue: one per measure, the issue, question and finding cells merged down. The last
 * issue's last row is written to stay on the page of the announcement and the signatures (tailRows).
 */
function issueRows(issue: TableIssue, t: PlanTable, opts: DocOptions, last: boolean): TableRow[] {
  const count = Math.max(1, issue.measures.length);
  const rows: TableRow[] = [];
  for (let r = 0; r < count; r++) {
    const m = issue.measures[r];
    const vMerge = count > 1 ? (r === 0 ? ('restart' as const) : ('continue' as const)) : undefined;
    const first = r === 0;
    const cells: RowCell[] = [
      { lines: first ? [{ text: `${issue.no} ${issue.title}`, bold: true }] : [], options: { vMerge } },
      {
        lines: first
          ? issue.questions.map((q) => ({
              text: questionLine(q, opts.lang),
              notes: q.note === null ? [] : [q.note],
            }))
          : [],
        options: { vMerge },
      },
      { lines: first ? issue.findings.map((f) => ({ text: `• ${f}` })) : [], options: { vMerge } },
      { lines: stepLines(m) },
      { lines: m ? [m.timeframe] : [] },
      { lines: unitLines(m, t) },
      { lines: m && m.evidence ? m.evidence.split('\n') : [] },
    ];
    if (last && r === count - 1) rows.push(...tailRows(cells, STEPS, opts));
    else rows.push(bodyRow(cells, opts));
  }
  return rows;
}

/** The column texts the widths are fitted to. */
function columnTexts(t: PlanTable, lang: 'th' | 'en'): string[][] {
  const cols: string[][] = [[], [], [], [], [], [], []];
  for (const i of t.issues) {
    cols[0]?.push(i.title);
    cols[1]?.push(...i.questions.map((q) => questionLine(q, lang)));
    cols[2]?.push(...i.findings);
    for (const m of i.measures) {
      cols[3]?.push(m.title, ...m.steps);
      cols[4]?.push(m.timeframe);
      cols[5]?.push(m.unit, m.limitations);
      cols[6]?.push(m.evidence);
    }
  }
  return cols;
}

/**
 * The two header rows, repeated on every page. The headings that stand over both rows are written in the
 * second row under an empty first-row cell without a line between them, not as cells merged down: a
 * merged heading taller than the two rows is cut short on every page LibreOffice repeats it on
 * ("ระยะเวลา" without "ดำเนินการ").
 */
function headerRows(t: PlanTable, opts: DocOptions): TableRow[] {
  const head = t.head;
  const top = (text = '', o: { columnSpan?: number } = {}) =>
    cell(text ? [text] : [], opts, {
      header: true,
      size: PT.small,
      ...o,
      ...(text ? {} : { open: 'bottom' as const }),
    });
  const under = (text: string | string[], open = true) =>
    cell(typeof text === 'string' ? [text] : text, opts, {
      header: true,
      size: PT.small,
      ...(open ? { open: 'top' as const } : {}),
    });
  return [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [top(), top(head.analysis, { columnSpan: 2 }), top(), top(), top(), top()],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        under(head.issue),
        under(head.question, false),
        under(head.finding, false),
        under(head.steps),
        under(headingLines(head.time)),
        under(headingLines(head.unit)),
        under(headingLines(head.evidence)),
      ],
    }),
  ];
}

/** The plan table (header rows repeated on every page). */
export function planTableDocx(t: PlanTable, opts: DocOptions): Table {
  const widths = fitColumns(columnTexts(t, opts.lang), MINS, TEXT_WIDTH.landscape);
  return new Table({
    width: { size: TEXT_WIDTH.landscape, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      ...headerRows(t, opts),
      ...t.issues.flatMap((i, k) => issueRows(i, t, opts, k === t.issues.length - 1)),
      signatureRow(t, opts, MINS.length, TEXT_WIDTH.landscape),
    ],
  });
}

/**
 * The measures plan as a Word document, laid out as agencies' plans are (seed 004): A4 landscape,
 * Sarabun, the title, the preamble, the plan table (one row per measure, the issue, question and finding
 * cells merged down, the header repeated on every page), "ประกาศ ณ วันที่ …" and the approval block kept
 * with the last rows, page numbers, and footnotes that mark every question or OIT title we could not quote
 * from the NACC. All text goes into text runs (never markup).
 */
export function planDocument(plan: Plan, opts: DocOptions) {
  const t = planTable(plan, { lang: opts.lang, timeframes: opts.timeframes ?? 'quarters' });
  const footnotes: Footnotes = Object.fromEntries(t.notes.map((n, i) => [i + 1, n]));
  const children: FileChild[] = [
    para(t.title, opts, { bold: true, align: 'center', size: PT.title }),
    para(t.subtitle, opts, { bold: true, align: 'center', size: PT.title, after: 120 }),
    para(t.intro, opts, { indent: true, align: 'justify', after: 120 }),
    planTableDocx(t, opts),
    endParagraph(opts),
  ];
  return a4Document(children, opts, t.title, { landscape: true, footnotes });
}

/** The .docx bytes of a plan (the Word exporter is loaded only when used: import this module lazily). */
export async function planDocx(plan: Plan, opts: DocOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocument(plan, opts)));
}
