import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  FootnoteReferenceRun,
  Footer,
  LineRuleType,
  PageNumber,
  NumberFormat,
  PageOrientation,
  Paragraph,
  TableCell,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { typeset } from './thai-typeset';

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

/** Thai official documents: Sarabun (TH Sarabun New's open successor). */
export const FONT = 'Sarabun';
/**
 * Point sizes, those of the officers' TH Sarabun New template: at the same size Sarabun wraps real plan text
 * into 310 lines where TH Sarabun New's TLWG derivative (Laksaman) takes 306 (README, the command line).
 */
export const PT = { title: 18, body: 16, table: 14, small: 12 } as const;
/**
 * Line pitch as a multiple of the font size: TH Sarabun New's, measured by rendering its TLWG derivative
 * (Laksaman, "based on TH Sarabun New") with LibreOffice: 27.5 pt lines at 16 pt. Sarabun's own natural
 * line is 20.8 pt, so without this the same text takes 10 pages instead of 13 (33 lines a page, not 24).
 * Set as an exact height so Word and LibreOffice agree.
 */
export const LINE_PITCH = 1.72;

const twips = (pt: number): number => Math.round(pt * 20);

/** Text as the document writes it: XML-safe, Thai digits when asked, bound where it must not split. */
export function docText(s: string, opts: DocOptions): string {
  return typeset(s, opts.thaiDigits);
}

/** Run properties every run carries: Sarabun for every script, the size for Latin and Thai alike, Thai language. */
export function runProps(opts: DocOptions, o: { bold?: boolean; size?: number }) {
  const size = (o.size ?? PT.body) * 2;
  return {
    font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
    size,
    sizeComplexScript: size,
    bold: o.bold,
    boldComplexScript: o.bold,
    // Word breaks Thai lines by word only for text tagged Thai (w:lang w:bidi is the complex-script language).
    language: { value: opts.lang === 'th' ? 'th-TH' : 'en-GB', bidirectional: 'th-TH' },
  };
}

export function run(text: string, opts: DocOptions, o: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: docText(text, opts), ...runProps(opts, o) });
}

export interface ParaOptions {
  bold?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent (2.5 cm is the official letter's). */
  indent?: boolean;
  /** Left indent in twips (steps under a measure). */
  left?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  after?: number;
  before?: number;
  /** Footnote ids to reference after the text. */
  notes?: readonly number[];
  /** A page break before the paragraph. */
  pageBreak?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.THAI_DISTRIBUTE,
} as const;

/** Exact line spacing for a font size (see LINE_PITCH). */
export function lineSpacing(size: number, before = 0, after = 0) {
  return { before, after, line: twips(size * LINE_PITCH), lineRule: LineRuleType.EXACT };
}

export function paragraph(children: ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const size = o.size ?? PT.body;
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    indent: o.indent ? { firstLine: 1418 } : o.left ? { left: o.left } : undefined,
    spacing: lineSpacing(size, o.before ?? 0, o.after ?? 0),
    keepNext: o.keepNext,
    keepLines: o.keepLines,
    pageBreakBefore: o.pageBreak,
    children,
  });
}

/**
 * The paragraph a document must end with after a closing table (Word adds one of the default size when it
 * is missing, which can spill onto a page of its own): empty, one point high.
 */
export function endParagraph(opts: DocOptions): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', ...runProps(opts, { size: 1 }) })],
  });
}

/** A paragraph of one text, with footnote references after it when given. */
export function para(text: string, opts: DocOptions, o: ParaOptions = {}): Paragraph {
  const children: ParagraphChild[] = [run(text, opts, o)];
  for (const id of o.notes ?? []) children.push(new FootnoteReferenceRun(id));
  return paragraph(children, o);
}

/** One line of a table cell. */
export interface CellLine {
  text: string;
  bold?: boolean;
  /** Indented under the line before (the steps of a measure). */
  sub?: boolean;
  notes?: readonly number[];
}

export interface CellOptions {
  header?: boolean;
  bold?: boolean;
  size?: number;
  rowSpan?: number;
  columnSpan?: number;
  /** Vertical merge: the first cell of a merged column (`restart`) or one merged into it (`continue`). */
  vMerge?: 'restart' | 'continue';
  fill?: string;
  center?: boolean;
  keepNext?: boolean;
  borders?: boolean;
  /** Leave the top or bottom edge without a line (a row that reads on into the next one). */
  open?: 'top' | 'bottom';
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** No line (a cell edge drawn blank). */
export const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** A table cell with one paragraph per line. */
export function cell(
  lines: readonly (string | CellLine)[],
  opts: DocOptions,
  o: CellOptions = {},
): TableCell {
  const size = o.size ?? PT.table;
  const items = (lines.length ? lines : ['']).map((l) => (typeof l === 'string' ? { text: l } : l));
  const children = items.map((l) =>
    para(l.text, opts, {
      size,
      bold: l.bold || o.bold || o.header,
      align: o.header || o.center ? 'center' : 'left',
      left: l.sub ? 284 : undefined,
      notes: l.notes,
      keepNext: o.keepNext,
    }),
  );
  const border = o.borders === false ? NO_LINE : LINE;
  const top = o.open === 'top' ? NO_LINE : border;
  const bottom = o.open === 'bottom' ? NO_LINE : border;
  return new TableCell({
    children,
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalMerge:
      o.vMerge === 'restart'
        ? VerticalMergeType.RESTART
        : o.vMerge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: o.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: o.header ? { fill: 'E7E6E6' } : o.fill ? { fill: o.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top, bottom, left: border, right: border },
  });
}

/**
 * The page number in the footer ("หน้า ๒"), a PAGE field Word and LibreOffice fill in; in Thai digits
 * through the section's page-number format (see a4Document).
 */
function pageFooter(opts: DocOptions): Footer {
  const props = runProps(opts, { size: PT.small });
  return new Footer({
    children: [
      paragraph(
        [
          new TextRun({ text: opts.lang === 'th' ? 'หน้า ' : 'Page ', ...props }),
          new TextRun({ children: [PageNumber.CURRENT], ...props }),
        ],
        { align: 'center', size: PT.small },
      ),
    ],
  });
}

/** A footnote's text, by id (the document's footnotes). */
export type Footnotes = Readonly<Record<number, string>>;

export interface PageSetup {
  landscape: boolean;
  /** Footnotes the body refers to (FootnoteReferenceRun ids). */
  footnotes?: Footnotes;
  /** Sections before the main one (a cover page, a memo) in portrait, each starting a new page. */
  front?: FileChild[][];
}

/**
 * An A4 document in Sarabun (embedded when given), Thai language by default, page numbers in the footer;
 * the main section in landscape for the plan and report tables.
 */
export function a4Document(
  children: FileChild[],
  opts: DocOptions,
  title: string,
  setup: PageSetup,
): Document {
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
  const margin = { top: 1134, bottom: 1134, left: 1134, right: 1134, footer: 567 };
  const pageNumbers = { formatType: opts.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL };
  const portrait = { page: { size: { width: 11906, height: 16838 }, margin, pageNumbers } };
  const main = setup.landscape
    ? {
        page: {
          size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
          margin,
          pageNumbers,
        },
      }
    : portrait;
  const footers = { default: pageFooter(opts) };
  const footnotes = Object.fromEntries(
    Object.entries(setup.footnotes ?? {}).map(([id, text]) => [
      id,
      { children: [para(text, opts, { size: PT.small })] },
    ]),
  );
  return new Document({
    title: docText(title, opts),
    creator: 'ITA Lens',
    fonts,
    footnotes,
    styles: {
      default: {
        document: {
          run: runProps(opts, {}),
        },
      },
    },
    sections: [
      // The cover and the memo carry no page number, as agencies' reports print them.
      ...(setup.front ?? []).map((c) => ({ properties: portrait, children: c })),
      {
        properties: { ...main, page: { ...main.page, pageNumbers: { ...pageNumbers, start: 1 } } },
        footers,
        children,
      },
    ],
  });
}

/** The width of a text box in twips between the margins of an A4 page. */
export const TEXT_WIDTH = { landscape: 16838 - 2 * 1134, portrait: 11906 - 2 * 1134 } as const;

export { WidthType };
