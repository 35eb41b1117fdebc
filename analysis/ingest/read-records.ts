import type { FileReport } from '../dataset';
import { findAgencyColumn, type AgencyColumn } from './agency-column';
import type { IndicatorName } from './columns';
import type { IngestContext } from './context';
import { describeLayout } from './describe';
import { detectLayout, type Layout } from './detect';
import { nameTable } from './labels';
import { msg } from './messages';
import type { OrgFields } from './org-registry';
import { readLong } from './read-long';
import { readOrganisations } from './read-organisations';
import { readWide } from './read-wide';

/** Rows kept as sample values for the mapping step. */
const SAMPLE_ROWS = 3;

/** The records → layout → values path every front end shares (CSV, workbook, text split by others). */
export function readRecords(
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
