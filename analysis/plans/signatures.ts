import { Paragraph, Tab, TableCell, TableRow, TabStopType, TextRun } from 'docx';
import { docText, NO_LINE, para, PT, runProps, lineSpacing, type DocOptions } from './docx-common';

export interface SignatureSource {
  /** "ประกาศ ณ วันที่ …", or '' for none. */
  announced: string;
  signers: { role: string; lines: string[] }[];
}

/** Left and right margins of the block's cell (twips): the tab stops are measured from the left one. */
const MARGIN = 80;

/**
 * "ประกาศ ณ วันที่ …" and the signers side by side (name, position and date lines), as paragraphs with a
 * centred tab stop per signer, over a text box `width` twips wide.
 */
function signatureParagraphs(s: SignatureSource, opts: DocOptions, width: number): Paragraph[] {
  const n = Math.max(1, s.signers.length);
  const stops = s.signers.map((_, i) => ({
    type: TabStopType.CENTER,
    position: Math.round((width * (2 * i + 1)) / (2 * n)),
  }));
  const rows = Math.max(0, ...s.signers.map((x) => x.lines.length));
  const lines: Paragraph[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = s.signers.flatMap((x) => [new Tab(), docText(x.lines[r] ?? '', opts)]);
    lines.push(
      new Paragraph({
        tabStops: stops,
        keepNext: r < rows - 1,
        keepLines: true,
        spacing: lineSpacing(PT.body),
        children: [new TextRun({ children: cells, ...runProps(opts, {}) })],
      }),
    );
  }
  const announced = s.announced
    ? [para(s.announced, opts, { align: 'center', before: 240, after: 240, keepNext: true, keepLines: true })]
    : [para('', opts, { keepNext: true })];
  return [...announced, ...lines];
}

/**
 * The announcement and the signatures as the table's closing row: one cell across all `columns`, drawn
 * without lines, never split. Inside the table, the block can take the table's last row with it to a new
 * page (that row is kept with the next: table-tail.ts); a paragraph after a table that runs over several
 * pages cannot, in LibreOffice (it keeps a table's last row with the following paragraph only for a table
 * that fits on one page), so the block would stand alone on the last page.
 */
export function signatureRow(s: SignatureSource, opts: DocOptions, columns: number, width: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: columns,
        children: signatureParagraphs(s, opts, width - 2 * MARGIN),
        margins: { top: 0, bottom: 0, left: MARGIN, right: MARGIN },
        borders: { top: NO_LINE, bottom: NO_LINE, left: NO_LINE, right: NO_LINE },
      }),
    ],
  });
}
