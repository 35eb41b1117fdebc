import type { Layout } from './detect';
import type { IngestContext } from './context';
import { msg } from './messages';
import { parseYearCell } from './parse-year';
import type { ProblemAt } from './problem-log';
import type { FieldRole } from './columns';

/** The cell of a field in a record, trimmed; null when the column is absent or the cell blank. */
export function cell(rec: readonly string[], layout: Layout, field: FieldRole): string | null {
  const i = layout.fields[field];
  if (i === undefined) return null;
  const v = (rec[i] ?? '').trim();
  return v === '' ? null : v;
}

/** Whether the layout has any organisation column. */
export function hasOrgColumns(layout: Layout): boolean {
  return layout.fields.org_id !== undefined || layout.fields.org_name !== undefined;
}

/** The organisation of a record (columns first, then the caller's options); reports conflicting names. */
export function rowOrg(ctx: IngestContext, rec: readonly string[], layout: Layout, at: ProblemAt): number {
  const o = ctx.options;
  const id = cell(rec, layout, 'org_id') ?? o.orgId ?? (hasOrgColumns(layout) ? null : (o.org ?? null));
  const name = cell(rec, layout, 'org_name') ?? (hasOrgColumns(layout) ? null : (o.orgName ?? o.org ?? null));
  const r = ctx.orgs.resolve({
    id,
    name,
    type: cell(rec, layout, 'org_type'),
    province: cell(rec, layout, 'province'),
    district: cell(rec, layout, 'district'),
  });
  if (r.nameConflict !== null && id) {
    ctx.log.add(
      'warning',
      'org-name-conflict',
      { ...at, column: 'org_name', value: name },
      msg.orgNameConflict(id, r.nameConflict),
    );
  }
  return r.index;
}

/** The fiscal year (BE) of a record, or null (reported) when it has none or a bad one. */
export function rowYear(
  ctx: IngestContext,
  rec: readonly string[],
  layout: Layout,
  at: ProblemAt,
): number | null {
  const raw = cell(rec, layout, 'year');
  if (raw === null) {
    if (ctx.options.year !== undefined) return ctx.options.year;
    if (ctx.fileYear !== undefined) {
      ctx.log.add(
        'info',
        'year-from-file-name',
        { ...at, row: null, column: null, value: String(ctx.fileYear) },
        msg.yearFromFileName(ctx.fileYear),
      );
      return ctx.fileYear;
    }
    ctx.log.add('error', 'missing-year', { ...at, column: 'year', value: null }, msg.missingYear());
    return null;
  }
  const y = parseYearCell(raw);
  if (!y.ok) {
    ctx.log.add(
      'error',
      'bad-year',
      { ...at, column: layout.headers[layout.fields.year ?? 0] ?? 'year', value: raw },
      msg.badYear(),
    );
    return null;
  }
  if (y.fromCE) {
    ctx.log.add(
      'info',
      'year-from-ce',
      { ...at, column: layout.headers[layout.fields.year ?? 0] ?? 'year', value: raw },
      msg.yearFromCE(y.year - 543, y.year),
    );
  }
  return y.year;
}
