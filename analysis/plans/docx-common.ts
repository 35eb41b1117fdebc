import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  PageOrientation,
  Paragraph,
  TableCell,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { toThaiDigits } from '../text/thai-digits';

/** Sarabun font files (TTF) to embed, so the document shows in Sarabun where it is not installed. */
export interface DocFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface DocOptions {
  lang: 'th' | 'en';
  thaiDigits?: boolean;
  timeframes?: 'quarters' | 'months';
  fonts?: DocFonts;
}

/** Thai official documents: Sarabun (TH Sarabun's open successor), 16 pt body. */
export const FONT = 'Sarabun';
const BODY = 32; // half-points
const SMALL = 28;

/** Text as the document writes it: Thai digits when asked. Every run goes through here (no HTML, no markup). */
export function docText(s: string, opts: DocOptions): string {
  return opts.thaiDigits ? toThaiDigits(s) : s;
}

export function para(
  text: string,
  opts: DocOptions,
  o: { bold?: boolean; size?: number; center?: boolean; indent?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: o.indent ? { firstLine: 720 } : undefined,
    spacing: { after: 60 },
    children: [new TextRun({ text: docText(text, opts), bold: o.bold, size: o.size ?? BODY, font: FONT })],
  });
}

/** A table cell with one paragraph per line of text. */
export function cell(
  lines: readonly string[],
  opts: DocOptions,
  o: {
    bold?: boolean;
    width?: number;
    header?: boolean;
    rowSpan?: number;
    columnSpan?: number;
    fill?: string;
  } = {},
): TableCell {
  const children = (lines.length ? lines : ['']).map(
    (line) =>
      new Paragraph({
        alignment: o.header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({ text: docText(line, opts), bold: o.bold || o.header, size: SMALL, font: FONT }),
        ],
      }),
  );
  return new TableCell({
    children,
    width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined,
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalAlign: o.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: o.header ? { fill: 'E7E6E6' } : o.fill ? { fill: o.fill } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
  });
}

/** A signature block: the proposer and the approver, as the working group signs it. */
export function signatures(opts: DocOptions): Paragraph[] {
  const th = opts.lang === 'th';
  const line = (role: string) => [
    para('', opts),
    para(
      th
        ? 'ลงชื่อ ........................................................'
        : 'Signed ........................................................',
      opts,
      { center: true },
    ),
    para('(........................................................)', opts, { center: true }),
    para(role, opts, { center: true }),
  ];
  return [
    ...line(
      th
        ? 'ตำแหน่ง ............................................ ผู้เสนอ'
        : 'Position ............................................ (proposed by)',
    ),
    ...line(
      th
        ? 'ตำแหน่ง ............................................ ผู้อนุมัติ'
        : 'Position ............................................ (approved by)',
    ),
  ];
}

/** An A4 landscape document in Sarabun, with the font embedded when given. */
export function a4Landscape(children: FileChild[], opts: DocOptions, title: string): Document {
  const fonts = opts.fonts
    ? [
        {
          name: FONT,
          data: opts.fonts.regular as unknown as Buffer,
          bold: opts.fonts.bold as unknown as Buffer,
          characterSet: CharacterSet.THAI,
        },
      ]
    : undefined;
  return new Document({
    title,
    creator: 'ITA Lens',
    fonts,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
}
