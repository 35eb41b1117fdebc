import { Packer, Table, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { a4Document, endParagraph, cell, para, PT, TEXT_WIDTH, type DocOptions } from './docx-common';
import { fitColumns } from './fit-columns';
import { headingLines } from './heading-lines';
import { reportSourceOf, type ReportScores, type ReportSource } from './report-source';
import { reportTable, type ReportTable } from './report-table';
import { signatureRow } from './signatures';
import { bodyRow, tailRows, type RowCell } from './table-tail';
import type { Plan, ResultsReport } from './types';

/** Minimum widths (twips): no., measure, when, what was done, outcome, remarks. */
const MINS = [850, 3000, 1900, 2600, 2400, 1600];
/** Column of the measure and its steps, whose last line ends the table (table-tail.ts). */
const MEASURE = 1;

function coverSection(t: NonNullable<ReportTable['cover']>, opts: DocOptions): FileChild[] {
  return [
    ...Array.from({ length: 8 }, () => para('', opts)),
    ...t.lines.map((l) => para(l, opts, { bold: true, align: 'center', size: 20 })),
    ...Array.from({ length: 6 }, () => para('', opts)),
    para(t.org, opts, { bold: true, align: 'center', size: 20 }),
  ];
}

function memoSection(m: NonNullable<ReportTable['memo']>, opts: DocOptions): FileChild[] {
  return [
    para(m.heading, opts, { bold: true, align: 'center', size: 24, after: 240 }),
    ...m.fields.map((f) => para(`${f.label}  ${f.value}`, opts, { after: 60 })),
    para(m.body, opts, { indent: true, align: 'justify', before: 240 }),
    para(m.closing, opts, { indent: true, before: 120 }),
    para('', opts),
    para('', opts),
    ...m.signer.map((l) => para(l, opts, { align: 'center' })),
  ];
}

function indicatorTable(t: ReportTable, opts: DocOptions): Table {
  const widths = [1300, 1000, 5200, 1500];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.indicatorHead.map((h) =>
          cell([h], opts, { header: true, size: PT.body, keepNext: true }),
        ),
      }),
      // The table of ten indicators stays on one page: every row but the last is kept with the next.
      ...t.indicators.map((i, k) => {
        const keepNext = k < t.indicators.length - 1;
        return new TableRow({
          cantSplit: true,
          children: [
            cell([i.tool], opts, { center: true, size: PT.body, keepNext }),
            cell([i.no], opts, { center: true, size: PT.body, keepNext }),
            cell([i.name], opts, { size: PT.body, keepNext }),
            cell([i.score], opts, { center: true, size: PT.body, keepNext }),
          ],
        });
      }),
    ],
  });
}

function measuresTable(t: ReportTable, opts: DocOptions): Table {
  const cols: string[][] = [[], [], [], [], [], []];
  for (const i of t.issues)
    for (const r of i.rows) {
      cols[0]?.push(r.no);
      cols[1]?.push(...r.measure.map((m) => m.text));
      cols[2]?.push(...r.when);
      cols[3]?.push(...r.done);
      cols[4]?.push(...r.outcome);
      cols[5]?.push(...r.remarks);
    }
  const widths = fitColumns(cols, MINS, TEXT_WIDTH.landscape);
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.head.map((h, i) =>
        cell(i === MEASURE ? [h] : headingLines(h), opts, { header: true, size: PT.small }),
      ),
    }),
  ];
  t.issues.forEach((issue, k) => {
    const last = k === t.issues.length - 1;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell([{ text: issue.title, bold: true }], opts, { columnSpan: 6, fill: 'F2F2F2', keepNext: true }),
        ],
      }),
    );
    issue.rows.forEach((r, j) => {
      const cells: RowCell[] = [
        { lines: [r.no], options: { center: true } },
        { lines: r.measure.map((m) => ({ text: m.text, bold: !m.sub, sub: m.sub })) },
        { lines: r.when },
        { lines: r.done },
        { lines: r.outcome },
        { lines: r.remarks },
      ];
      if (last && j === issue.rows.length - 1) rows.push(...tailRows(cells, MEASURE, opts));
      else rows.push(bodyRow(cells, opts));
    });
  });
  rows.push(signatureRow({ announced: '', signers: t.signers }, opts, MINS.length, TEXT_WIDTH.landscape));
  return new Table({
    width: { size: TEXT_WIDTH.landscape, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows,
  });
}

/**
 * The results report as a Word document in seed 001's structure: optional cover and memo (portrait
 * pages), then on A4 landscape the title, the preamble, the indicator score table of the year (when the
 * data hold it), and the measures table, one band per issue, with the signatures kept with its last rows.
 */
export function reportSourceDocument(src: ReportSource, opts: DocOptions) {
  const t = reportTable(src, opts.lang);
  const front: FileChild[][] = [];
  if (t.cover) front.push(coverSection(t.cover, opts));
  if (t.memo) front.push(memoSection(t.memo, opts));
  const children: FileChild[] = [
    ...t.title.map((l) => para(l, opts, { bold: true, align: 'center', size: PT.title })),
    para(t.intro, opts, { indent: true, align: 'justify', before: 120 }),
  ];
  if (t.scoreSentence && t.indicators.length) {
    children.push(para(t.scoreSentence, opts, { indent: true, align: 'justify', keepNext: true }));
    children.push(indicatorTable(t, opts));
  }
  children.push(
    ...t.summaryTitle.map((l, i) =>
      para(l, opts, { bold: true, align: 'center', keepNext: true, before: i === 0 ? 240 : 0 }),
    ),
    measuresTable(t, opts),
    endParagraph(opts),
  );
  return a4Document(children, opts, t.title.join(' '), { landscape: true, front });
}

/** The results report of a plan and its recorded results. */
export function reportDocument(
  plan: Plan,
  report: ResultsReport | null,
  opts: DocOptions,
  scores: ReportScores | null = null,
) {
  return reportSourceDocument(
    reportSourceOf(plan, report, { lang: opts.lang, timeframes: opts.timeframes ?? 'months', scores }),
    opts,
  );
}

/** The .docx bytes of a results report (load this module lazily). */
export async function reportDocx(
  plan: Plan,
  report: ResultsReport | null,
  opts: DocOptions,
  scores: ReportScores | null = null,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(plan, report, opts, scores)));
}

/** The .docx bytes of a report source (the CLI, from a results CSV). */
export async function reportSourceDocx(src: ReportSource, opts: DocOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportSourceDocument(src, opts)));
}
