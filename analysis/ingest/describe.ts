import type { FileReport } from '../dataset';
import { slotCode } from '../codes';
import type { IndicatorName } from './columns';
import type { IngestContext } from './context';
import { encodingLabel, type DecodedText } from './decode';
import type { Layout } from './detect';
import { msg } from './messages';

const TOOL_NAMES = ['IIT', 'EIT', 'OIT'] as const;

/** Role names of a layout's columns as the mapping step offers them (a field, a code, or `ignore`). */
export function roleNames(layout: Layout): string[] {
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
export function describeLayout(
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
export function reportDecoding(ctx: IngestContext, file: string, text: string, d: DecodedText): void {
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
