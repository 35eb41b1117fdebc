import { Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { docText, para, PT, runProps, TEXT_WIDTH, lineSpacing, type DocOptions } from './docx-common';

export interface SignatureSource {
  /** "ประกาศ ณ วันที่ …", or '' for none. */
  announced: string;
  signers: { role: string; lines: string[] }[];
}

/**
 * "ประกาศ ณ วันที่ …" and the signers side by side (name, position and date lines): plain paragraphs with
 * a centred tab stop per signer, each kept with the next, so the whole block moves as one and takes the
 * table's last rows with it (their paragraphs are kept with the next too: plan-docx.ts). Word and
 * LibreOffice both honour paragraph keep-with-next from a table row to the paragraph after the table;
 * neither keeps a table row with a following table, which a table of signatures would need.
 */
export function signatureBlock(s: SignatureSource, opts: DocOptions, landscape = true): FileChild[] {
  const width = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
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
  return [
    para(s.announced, opts, { align: 'center', before: 240, after: 240, keepNext: true, keepLines: true }),
    ...lines,
  ];
}
