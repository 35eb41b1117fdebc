import type { Dataset, FileReport } from '../dataset';
import { slotCode } from '../codes';
import type { IndicatorName } from './columns';
import { IngestContext, type IngestOptions } from './context';
import { parseCsv } from './csv';
import { decodeBytes, encodingLabel } from './decode';
import { detectLayout, type Layout } from './detect';
import { readFastLong } from './fast-long';
import { planFastLong } from './fast-long-plan';
import { indicatorNames } from './indicator-names';
import { msg } from './messages';
import type { OrgFields } from './org-registry';
import { bySeverity } from './problem-log';
import { readLong } from './read-long';
import { readOrganisations } from './read-organisations';
import { readWide } from './read-wide';

export type { IngestOptions } from './context';

/** A file to read: its name (for messages) and its raw bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

function delimiterLabel(d: string): string {
  return d === '\t' ? 'tab' : d;
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
  const ignored: string[] = [];
  layout.roles.forEach((role, i) => {
    const header = (layout.headers[i] ?? '').trim();
    if (role.kind === 'ignore' && header !== '' && !layout.mapped) ignored.push(header);
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
  if (layout.format !== 'organisations' && !hasOrg && !ctx.options.orgId && !ctx.options.orgName) {
    ctx.log.add('warning', 'no-org-column', { file, row: null, column: null, value: null }, msg.noOrg());
  }
  return true;
}

/** Broken UTF-8 sequences (replaced by U+FFFD): one warning per line they are on, grouped as usual. */
function reportDamagedText(
  ctx: IngestContext,
  file: string,
  text: string,
  offsets: number[],
  count: number,
): void {
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    ctx.log.add(
      'warning',
      'invalid-bytes',
      { file, row: line, column: null, value: null },
      msg.invalidBytes(count),
    );
  }
}

function readOne(
  ctx: IngestContext,
  input: InputFile,
  fileIndex: number,
  orgRows: OrgFields[],
  progress?: (fraction: number) => void,
): void {
  const names = indicatorNames(ctx.registry);
  const { text, encoding, invalid } = decodeBytes(input.bytes);
  const report: FileReport = {
    name: input.name,
    encoding: encodingLabel(encoding),
    delimiter: ',',
    format: 'unrecognised',
    headerRow: 0,
    headers: [],
    dataRows: 0,
    keptValues: 0,
    rowsWithErrors: 0,
  };
  ctx.files.push(report);
  const file = input.name;
  // No character but white space (what trim() removes; \s is the same set), without copying the text.
  if (!/\S/.test(text)) {
    ctx.log.add('error', 'empty-file', { file, row: null, column: null, value: null }, msg.emptyFile());
    return;
  }
  if (invalid) reportDamagedText(ctx, file, text, invalid.offsets, invalid.count);
  const plan = invalid ? null : planFastLong(ctx, input.bytes, text, encoding, names);
  if (plan) {
    // The byte-level reader of canonical long UTF-8 files: the same result, read from the bytes.
    report.delimiter = delimiterLabel(plan.delimiter);
    const mark = ctx.log.size;
    describeLayout(ctx, report, plan.layout, names);
    const result = readFastLong(ctx, input.bytes, plan, fileIndex, names, mark, progress);
    report.dataRows = result.dataRows;
    report.keptValues = result.kept;
    report.rowsWithErrors = result.rowsWithErrors;
    return;
  }
  const parsed = parseCsv(text, progress ? (chars) => progress(chars / Math.max(1, text.length)) : undefined);
  report.delimiter = delimiterLabel(parsed.delimiter);
  for (const q of parsed.quoteErrors) {
    ctx.log.add(
      'error',
      'unbalanced-quote',
      { file, row: q.record + 1, column: null, value: null },
      msg.quotes(),
    );
  }
  const layout = detectLayout(parsed.records, names, ctx.options.mappings);
  if (!describeLayout(ctx, report, layout, names)) {
    report.dataRows = Math.max(0, parsed.records.length - report.headerRow);
    return;
  }
  const result =
    layout.format === 'organisations'
      ? readOrganisations(ctx, parsed.records, layout, fileIndex, orgRows)
      : layout.format === 'long' || layout.format === 'report-table'
        ? readLong(ctx, parsed.records, layout, fileIndex, names)
        : readWide(ctx, parsed.records, layout, fileIndex);
  report.dataRows = result.dataRows;
  report.keptValues = result.kept;
  report.rowsWithErrors = result.rowsWithErrors;
}

/**
 * Read files into one dataset: decode, split, recognise the layout, validate every cell and keep every
 * good value. Never throws on file content; every problem is in `problems` with file, row, column,
 * value and a Thai and an English message. Organisations files are joined by org_id at the end.
 */
export function ingest(files: readonly InputFile[], options: IngestOptions = {}): Dataset {
  const ctx = new IngestContext(options);
  const orgRows: OrgFields[] = [];
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  let before = 0;
  const report = options.onProgress;
  files.forEach((f, i) => {
    const progress = report
      ? (fraction: number) => report(before + Math.round(fraction * f.bytes.length), total)
      : undefined;
    readOne(ctx, f, i, orgRows, progress);
    before += f.bytes.length;
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
  };
}
