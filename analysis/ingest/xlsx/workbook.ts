import type { Message } from '../problem-log';
import { xlsxMsg } from './messages';
import { walkXml } from './xml';
import { WorkbookError, ZipArchive } from './zip';

/**
 * Reading .xlsx workbooks (in the app's worker and in the CLI alike): sheet names, then one sheet's cells
 * as records of text, the same shape a CSV gives, so every workbook goes through the one reader pipeline.
 * Cells keep the text Excel stores (numbers in their shortest form, no float noise); a cell formatted as a
 * percentage is read as points out of 100; merged cells are empty except their first, as Excel stores them;
 * cells and rows without the optional `r` reference follow the previous one.
 */

export interface SheetInfo {
  name: string;
  /** Path of the sheet's part in the archive. */
  part: string;
  hidden: boolean;
}

export interface SheetRecords {
  sheet: string;
  /** Record i is Excel row i + 1 (rows absent from the file are empty records). */
  records: string[][];
  /** Notes about how cells were read (percent cells). */
  notes: { kind: string; text: Message }[];
}

const EMPTY: string[] = [];

function damaged(file: string): WorkbookError {
  return new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
}

function parse(zip: ZipArchive, part: string, file: string, h: Parameters<typeof walkXml>[1]): boolean {
  const bytes = zip.read(part);
  if (!bytes) return false;
  try {
    walkXml(bytes, h);
  } catch {
    throw damaged(file);
  }
  return true;
}

/** Relationship targets of a part's .rels file: id → path in the archive. */
function relationships(
  zip: ZipArchive,
  file: string,
  relsPart: string,
  baseDir: string,
): Map<string, string> {
  const out = new Map<string, string>();
  parse(zip, relsPart, file, {
    open: (name, a) => {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : resolvePath(baseDir, a.Target);
      out.set(a.Id, target);
    },
  });
  return out;
}

function resolvePath(dir: string, rel: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The workbook part's path (normally xl/workbook.xml). */
function workbookPart(zip: ZipArchive, file: string): string {
  let found = '';
  parse(zip, '_rels/.rels', file, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Type?.endsWith('/officeDocument') && a.Target)
        found = a.Target.replace(/^\/+/, '');
    },
  });
  return found || 'xl/workbook.xml';
}

/** Open a workbook and list its worksheets (chart sheets left out), in the workbook's order. */
export interface Workbook {
  zip: ZipArchive;
  file: string;
  /** Folder of the workbook part, where shared strings and styles sit (normally `xl`). */
  dir: string;
  sheets: SheetInfo[];
}

export function openWorkbook(bytes: Uint8Array, file: string): Workbook {
  const zip = new ZipArchive(bytes, file);
  const wb = workbookPart(zip, file);
  const dir = wb.includes('/') ? wb.slice(0, wb.lastIndexOf('/')) : '';
  const relsPart = `${dir ? dir + '/' : ''}_rels/${wb.slice(dir ? dir.length + 1 : 0)}.rels`;
  const rels = relationships(zip, file, relsPart, dir);
  const sheets: SheetInfo[] = [];
  const found = parse(zip, wb, file, {
    open: (name, a) => {
      if (name !== 'sheet' || a.name === undefined || !a.id) return;
      const part = rels.get(a.id);
      if (part && /worksheets\//.test(part) && zip.has(part))
        sheets.push({ name: a.name, part, hidden: a.state === 'hidden' || a.state === 'veryHidden' });
    },
  });
  if (!found) throw damaged(file);
  return { zip, file, dir, sheets };
}

function sharedStrings(zip: ZipArchive, file: string, dir: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let buf = '';
  parse(zip, `${dir ? dir + '/' : ''}sharedStrings.xml`, file, {
    open: (name) => {
      if (name === 'si') {
        inSi = true;
        buf = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't') inT = inSi && phonetic === 0;
    },
    text: (t) => {
      if (inT) buf += t;
    },
    close: (name) => {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.push(buf);
        inSi = false;
      }
    },
  });
  return out;
}

/** Built-in number formats that show a percentage (0%, 0.00%). */
const PERCENT_FORMATS = new Set([9, 10]);

/** For each cell style index: whether its number format shows a percentage. */
function percentStyles(zip: ZipArchive, file: string, dir: string): boolean[] {
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inXfs = false;
  parse(zip, `${dir ? dir + '/' : ''}styles.xml`, file, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        // A % outside quoted text or escapes makes Excel show the value times 100.
        out.push(
          PERCENT_FORMATS.has(id) || (code !== undefined && /%/.test(code.replace(/"[^"]*"|\\./g, ''))),
        );
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return out;
}

/** Column index (0-based) of a cell reference such as `AB12`; -1 when it has none. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

/** A number as stored, in its shortest form; times 100 for a percentage cell. */
function numberText(raw: string, percent: boolean): string {
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return String(percent ? Number((n * 100).toPrecision(15)) : n);
}

/** Read one sheet of an opened workbook into records. */
export function readSheet(book: Workbook, sheet: SheetInfo): SheetRecords {
  const { zip, file, dir } = book;
  const strings = sharedStrings(zip, file, dir);
  const percent = percentStyles(zip, file, dir);
  const records: string[][] = [];
  let row: string[] = [];
  let rowIndex = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  let buf = '';
  let percentCells = 0;
  parse(zip, sheet.part, file, {
    open: (name, a) => {
      switch (name) {
        case 'row': {
          const r = a.r ? Number(a.r) - 1 : rowIndex + 1;
          rowIndex = Number.isInteger(r) && r > rowIndex ? r : rowIndex + 1;
          row = [];
          col = -1;
          break;
        }
        case 'c': {
          const c = a.r ? refColumn(a.r) : -1;
          col = c > col ? c : col + 1;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          buf = '';
          break;
        }
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text: (t) => {
      if (inValue || (inInline && phonetic === 0)) buf += t;
    },
    close: (name) => {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          let v: string;
          if (type === 's') v = strings[Number(buf)] ?? '';
          else if (type === 'b') v = buf === '1' ? 'TRUE' : buf === '0' ? 'FALSE' : buf;
          else if (type === 'n') {
            const isPercent = percent[style] === true;
            if (isPercent && buf.trim() !== '') percentCells++;
            v = numberText(buf, isPercent);
          } else v = buf;
          for (let k = row.length; k < col; k++) row.push('');
          row[col] = v;
          break;
        }
        case 'row':
          for (let k = records.length; k < rowIndex; k++) records.push(EMPTY);
          records[rowIndex] = row;
          break;
      }
    },
  });
  const notes: SheetRecords['notes'] = [];
  if (percentCells > 0) notes.push({ kind: 'xlsx-percent', text: xlsxMsg.percentCells() });
  return { sheet: sheet.name, records, notes };
}
