import type { Dataset, FileReport } from '../dataset';
import { slotCode } from '../codes';
import { findAgencyColumn, type AgencyColumn } from './agency-column';
import type { IndicatorName } from './columns';
import { IngestContext, type IngestOptions } from './context';
import { splitRecords } from './csv';
import { decodeBytes, encodingLabel } from './decode';
import { detectLayout, type Layout } from './detect';
import { readFastLong } from './fast-long';
import { planFastLong } from './fast-long-plan';
import { indicatorNames } from './indicator-names';
import { nameTable } from './labels';
import { msg } from './messages';
import type { OrgFields } from './org-registry';
import { bySeverity } from './problem-log';
import { readLong } from './read-long';
import { readOrganisations } from './read-organisations';
import { readWide } from './read-wide';
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

const TOOL_NAMES = ['IIT', 'EIT', 'OIT'] as const;
/** Rows kept as sample values for the mapping step. */
const SAMPLE_ROWS = 3;

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

/** Role names of a layout's columns as the mapping step offers them (a field, a code, or `ignore`). */
function roleNames(layout: Layout): string[] {
  return layout.roles.map((r) =>
    r.kind === 'field'
      ? r.field
      : r.kind === 'slot'
        ? slotCode(r.slot)
        : r.kind === 'total'
          ? TOOL_NAMES[r.tool]
          : 'ignore',
  );
}

/**
 * Put the layout in the file report and report it: unrecognised headers (an error; false is returned),
 * ignored and matched columns, a missing organisation column.
 */
function describeLayout(
  ctx: IngestContext,
  report: FileReport,
  layout: Layout,
  names: readonly IndicatorName[],
  /** A column reported on its own (the agency column found unread), left out of the unused-columns note. */
  skip = -1,
): boolean {
  const file = report.name;
  report.format = layout.format;
  report.headerRow = layout.headerIndex + 1;
  report.headers = layout.headers;
  if (layout.format === 'unrecognised') {
    const shown = layout.headers
      .slice(0, 8)
      .map((h) => h.trim())
      .join(', ');
    ctx.log.add(
      'error',
      'unrecognised-headers',
      { file, row: report.headerRow || null, column: null, value: shown },
      msg.unrecognisedHeaders(shown),
    );
    return false;
  }
  report.roles = roleNames(layout);
  const ignored: string[] = [];
  const refused = layout.nameOrder?.order === 'refuse' ? layout.nameOrder.columns : [];
  layout.roles.forEach((role, i) => {
    const header = (layout.headers[i] ?? '').trim();
    if (role.kind === 'ignore' && header !== '' && !layout.mapped && !refused.includes(header) && i !== skip)
      ignored.push(header);
    if (role.kind === 'slot' && role.matched) {
      const id = role.slot;
      const name = names.find((n) => n.id === id)?.label ?? slotCode(id);
      ctx.log.add(
        'info',
        'matched-column',
        { file, row: report.headerRow, column: header, value: null },
        msg.matchedColumn(header, id, name),
      );
    }
  });
  if (layout.nameOrder) {
    const cols = layout.nameOrder.columns.join(', ');
    if (layout.nameOrder.order === 'names')
      ctx.log.add(
        'warning',
        'names-followed',
        { file, row: report.headerRow, column: layout.nameOrder.columns[0] ?? null, value: cols },
        msg.headerNamesFollowed(cols),
      );
    else
      ctx.log.add(
        'error',
        'name-number-conflict',
        { file, row: report.headerRow, column: layout.nameOrder.columns[0] ?? null, value: cols },
        msg.headerNameConflict(cols),
      );
  }
  if (ignored.length > 0) {
    // One note for all unused columns, naming the first few: a file with a million columns stays readable.
    const shown = ignored.slice(0, 8).join(', ') + (ignored.length > 8 ? ` … (+${ignored.length - 8})` : '');
    ctx.log.add(
      'info',
      'ignored-column',
      { file, row: report.headerRow, column: ignored[0] ?? null, value: shown },
      msg.ignoredColumns(shown, ignored.length),
    );
  }
  const hasOrg = layout.fields.org_id !== undefined || layout.fields.org_name !== undefined;
  if (
    layout.format !== 'organisations' &&
    !hasOrg &&
    !ctx.options.orgId &&
    !ctx.options.orgName &&
    !ctx.options.org
  ) {
    ctx.log.add('warning', 'no-org-column', { file, row: null, column: null, value: null }, msg.noOrg());
  }
  return true;
}

/** Report lines that were not plain UTF-8 (a broken character, rows in Windows-874), grouped as usual. */
function reportDecoding(
  ctx: IngestContext,
  file: string,
  text: string,
  d: ReturnType<typeof decodeBytes>,
): void {
  if (d.invalid) {
    let line = 1;
    let at = 0;
    for (const offset of d.invalid.offsets) {
      for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
      ctx.log.add(
        'warning',
        'invalid-bytes',
        { file, row: line, column: null, value: null },
        msg.invalidBytes(d.invalid.count),
      );
    }
  }
  if (d.mixed) {
    for (const line of d.mixed.lines)
      ctx.log.add(
        'warning',
        'mixed-encoding',
        { file, row: line, column: null, value: null },
        msg.mixedEncoding(d.mixed.count),
      );
  }
  if (d.noBom)
    ctx.log.add(
      'info',
      'encoding-guessed',
      { file, row: null, column: null, value: null },
      msg.utf16NoBom(encodingLabel(d.encoding)),
    );
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

/** The records → layout → values path every front end shares (CSV, workbook, text split by others). */
function readRecords(
  ctx: IngestContext,
  report: FileReport,
  records: string[][],
  fileIndex: number,
  orgRows: OrgFields[],
  names: readonly IndicatorName[],
): void {
  let layout = detectLayout(records, names, ctx.options.mappings);
  const sample = () => records.slice(report.headerRow, report.headerRow + SAMPLE_ROWS);
  const agency =
    layout.format === 'unrecognised'
      ? null
      : findAgencyColumn(records, layout, nameTable(names), ctx.options.year ?? ctx.fileYear);
  if (!describeLayout(ctx, report, layout, names, agency?.kind === 'varying' ? agency.col : -1)) {
    report.dataRows = Math.max(0, records.length - report.headerRow);
    if (report.headerRow > 0) report.sample = sample();
    return;
  }
  if (agency?.kind === 'province') {
    layout = { ...layout, fields: { ...layout.fields, org_name: agency.col } };
    ctx.log.add(
      'info',
      'province-as-agency',
      {
        file: report.name,
        row: report.headerRow,
        column: (layout.headers[agency.col] ?? '').trim(),
        value: null,
      },
      msg.provinceAsAgency((layout.headers[agency.col] ?? '').trim()),
    );
  }
  const before = ctx.builder.length;
  const totalsBefore = ctx.totals.length;
  const refusedBefore = ctx.refused.size;
  const result =
    layout.format === 'organisations'
      ? readOrganisations(ctx, records, layout, fileIndex, orgRows)
      : layout.format === 'long' || layout.format === 'report-table'
        ? readLong(ctx, records, layout, fileIndex, names)
        : readWide(ctx, records, layout, fileIndex);
  report.dataRows = result.dataRows;
  report.keptValues = result.kept;
  report.rowsWithErrors = result.rowsWithErrors;
  if (agency?.kind === 'varying') refuseMerged(ctx, report, layout, agency, before, totalsBefore);
  const noOrg = layout.fields.org_id === undefined && layout.fields.org_name === undefined;
  const unread = layout.roles.some((r, i) => r.kind === 'ignore' && (layout.headers[i] ?? '').trim() !== '');
  if (agency?.kind === 'varying' || (ctx.refused.size > refusedBefore && noOrg && unread)) {
    report.askMapping = true;
    report.sample = sample();
  }
}

/**
 * A file whose rows belong to several agencies but whose agency column was not recognised: every
 * agency-year it fed gets no overall, the error names the column, and the file report proposes it.
 */
function refuseMerged(
  ctx: IngestContext,
  report: FileReport,
  layout: Layout,
  agency: Extract<AgencyColumn, { kind: 'varying' }>,
  fromRow: number,
  fromTotal: number,
): void {
  const column = (layout.headers[agency.col] ?? '').trim() || `#${agency.col + 1}`;
  const m = msg.agencyColumnIgnored(column, agency.samples.join(', '));
  ctx.log.add(
    'error',
    'agency-column-ignored',
    { file: report.name, row: report.headerRow, column, value: agency.samples.join(', ') },
    m,
  );
  report.proposal = { column: agency.col, role: 'org_name' };
  const refusal = msg.refusedMerged(report.name, column);
  const { builder } = ctx;
  for (let i = fromRow; i < builder.length; i++)
    ctx.refuse(builder.org[i] as number, builder.year[i] as number, 'agency-column-ignored', refusal, true);
  for (const t of ctx.totals.slice(fromTotal))
    ctx.refuse(t.org, t.year, 'agency-column-ignored', refusal, true);
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
