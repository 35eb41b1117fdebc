import type { Dataset, FileReport } from '../dataset';
import { IngestContext, type IngestOptions } from './context';
import { splitRecords } from './csv';
import { decodeBytes, encodingLabel } from './decode';
import { describeLayout, reportDecoding } from './describe';
import { readFastLong } from './fast-long';
import { planFastLong } from './fast-long-plan';
import { indicatorNames } from './indicator-names';
import { msg } from './messages';
import type { OrgFields } from './org-registry';
import { bySeverity } from './problem-log';
import { readRecords } from './read-records';
import { sniffFormat } from './sniff';
import { readWorkbookRecords } from './xlsx/read-workbook';

export type { IngestOptions } from './context';

/**
 * A file to read: its name (for messages) and its raw bytes (CSV or other text, or an .xlsx workbook, of
 * which `sheet` is read: by default the first sheet whose header is recognised); or records another front
 * end already split (a PDF's or pasted text's lines), record i being row or line i + 1 of its source.
 */
export type InputFile = (
  { name: string; bytes: Uint8Array; sheet?: string } | { name: string; records: string[][]; source: string }
) & {
  /**
   * The file's fiscal year when it has no year column and the caller gave none (the CLI passes the year
   * in the file name, see file-year.ts); rows that use it say so.
   */
  year?: number;
};

function delimiterLabel(d: string): string {
  return d === '\t' ? 'tab' : d;
}

function newReport(name: string): FileReport {
  return {
    name,
    encoding: '',
    delimiter: ',',
    format: 'unrecognised',
    headerRow: 0,
    headers: [],
    dataRows: 0,
    keptValues: 0,
    rowsWithErrors: 0,
  };
}

/** Read one file's bytes into records (text or workbook), or report why not; then its values. */
function readOne(
  ctx: IngestContext,
  input: InputFile,
  fileIndex: number,
  orgRows: OrgFields[],
  progress?: (fraction: number) => void,
): void {
  const names = indicatorNames(ctx.registry);
  const report = newReport(input.name);
  ctx.files.push(report);
  ctx.fileYear = input.year;
  const file = input.name;
  if ('records' in input) {
    report.encoding = input.source;
    readRecords(ctx, report, input.records, fileIndex, orgRows, names);
    return;
  }
  const bytes = input.bytes;
  const kind = sniffFormat(bytes);
  if (kind === 'xlsx') {
    report.encoding = 'Excel (.xlsx)';
    report.delimiter = '';
    const book = readWorkbookRecords(ctx, input, names);
    if (!book) return;
    report.sheet = book.sheet;
    readRecords(ctx, report, book.records, fileIndex, orgRows, names);
    return;
  }
  if (kind !== 'text') {
    ctx.log.add('error', 'not-a-table', { file, row: null, column: null, value: null }, msg.notATable(kind));
    return;
  }
  const decoded = decodeBytes(bytes);
  const { text, encoding } = decoded;
  report.encoding = encodingLabel(encoding);
  if (decoded.unreadable) {
    ctx.log.add(
      'error',
      'unknown-encoding',
      { file, row: null, column: null, value: null },
      msg.unknownEncoding(decoded.unreadable),
    );
    return;
  }
  // No character but white space (what trim() removes; \s is the same set), without copying the text.
  if (!/\S/.test(text)) {
    ctx.log.add('error', 'empty-file', { file, row: null, column: null, value: null }, msg.emptyFile());
    return;
  }
  reportDecoding(ctx, file, text, decoded);
  const plain = !decoded.invalid && !decoded.mixed && !decoded.noBom;
  const plan = plain ? planFastLong(ctx, bytes, text, encoding, names) : null;
  if (plan) {
    // The byte-level reader of canonical long UTF-8 files: the same result, read from the bytes.
    report.delimiter = delimiterLabel(plan.delimiter);
    const mark = ctx.log.size;
    describeLayout(ctx, report, plan.layout, names);
    const result = readFastLong(ctx, bytes, plan, fileIndex, names, mark, progress);
    report.dataRows = result.dataRows;
    report.keptValues = result.kept;
    report.rowsWithErrors = result.rowsWithErrors;
    return;
  }
  const parsed = splitRecords(
    text,
    progress ? (chars) => progress(chars / Math.max(1, text.length)) : undefined,
  );
  report.delimiter = delimiterLabel(parsed.delimiter);
  for (const q of parsed.quoteErrors) {
    ctx.log.add(
      'error',
      'unbalanced-quote',
      { file, row: q.record + 1, column: null, value: null },
      msg.quotes(),
    );
  }
  readRecords(ctx, report, parsed.records, fileIndex, orgRows, names);
}

/**
 * Read files into one dataset: decode, split, recognise the layout, validate every cell and keep every
 * good value. Never throws on file content; every problem is in `problems` with file, row, column,
 * value and a Thai and an English message. Organisations files are joined by org_id at the end.
 */
export function ingest(files: readonly InputFile[], options: IngestOptions = {}): Dataset {
  const ctx = new IngestContext(options);
  const orgRows: OrgFields[] = [];
  const sizeOf = (f: InputFile) => ('bytes' in f ? f.bytes.length : f.records.length);
  const total = files.reduce((n, f) => n + sizeOf(f), 0);
  let before = 0;
  const report = options.onProgress;
  files.forEach((f, i) => {
    const size = sizeOf(f);
    const progress = report
      ? (fraction: number) => report(before + Math.round(fraction * size), total)
      : undefined;
    readOne(ctx, f, i, orgRows, progress);
    before += size;
    report?.(before, total);
  });
  for (const o of orgRows) {
    const index = o.id ? ctx.orgs.findById(o.id) : undefined;
    if (index === undefined) continue;
    const org = ctx.orgs.orgs[index];
    if (!org) continue;
    org.name = o.name ?? org.name;
    org.type = o.type ?? org.type;
    org.province = o.province ?? org.province;
    org.district = o.district ?? org.district;
  }
  return {
    table: ctx.builder.finish(),
    orgs: ctx.orgs.orgs,
    files: ctx.files,
    problems: bySeverity(ctx.log.list()),
    refused: [...ctx.refused.values()],
    totals: ctx.totals,
  };
}
