import { slotKind } from '../codes';
import type { FileFormat } from '../dataset';
import { codeSlot } from '../codes';
import {
  FIELD_ROLES,
  headerSignature,
  recogniseHeader,
  type ColumnRole,
  type FieldRole,
  type IndicatorName,
} from './columns';
import { isBlank } from './csv';

export interface Layout {
  /** 0-based record index of the header; -1 when the file has no non-blank record. */
  headerIndex: number;
  headers: string[];
  roles: ColumnRole[];
  /** Column index of each long-format field present. */
  fields: Partial<Record<FieldRole, number>>;
  format: FileFormat;
  /** Whether the roles came from a mapping the user chose. */
  mapped: boolean;
  /**
   * Headers that typed an indicator number and a name of another indicator (`9 คุณภาพการดำเนินงาน`):
   * `names` when the names settle it (followed), `refuse` when they do not (those columns are not read).
   */
  nameOrder?: { order: 'names' | 'refuse'; columns: string[] };
}

function filledCells(rec: readonly string[]): number {
  let n = 0;
  for (const c of rec) if (c.trim() !== '') n++;
  return n;
}

/** How many leading records may be titles before the header. */
const HEADER_SEARCH = 30;

function fieldsOf(roles: readonly ColumnRole[]): Partial<Record<FieldRole, number>> {
  const fields: Partial<Record<FieldRole, number>> = {};
  roles.forEach((r, i) => {
    if (r.kind === 'field' && fields[r.field] === undefined) fields[r.field] = i;
  });
  return fields;
}

function classify(roles: readonly ColumnRole[], f: Partial<Record<FieldRole, number>>): FileFormat {
  if (f.code !== undefined && f.score !== undefined) {
    const hasOrgOrYear = f.org_id !== undefined || f.org_name !== undefined || f.year !== undefined;
    return !hasOrgOrYear && (f.tool !== undefined || f.description !== undefined) ? 'report-table' : 'long';
  }
  const slots = roles
    .map((r) => (r.kind === 'total' ? { kind: 'slot' as const, slot: 0 } : r))
    .filter((r): r is Extract<ColumnRole, { kind: 'slot' }> => r.kind === 'slot');
  // One code-like cell alone (a data row such as `A,2567,1,90`) is not a header.
  const anyField = roles.some((r) => r.kind === 'field');
  if (slots.length >= 2 || (slots.length === 1 && anyField)) {
    const kinds = new Set(slots.map((s) => slotKind(s.slot)));
    const indicatorLike = [...kinds].every((k) => k === 'indicator' || k === 'overall');
    const questionLike = [...kinds].every(
      (k) => k === 'IIT' || k === 'EIT' || k === 'OIT' || k === 'overall',
    );
    if (indicatorLike) return 'wide-indicator';
    if (questionLike) return 'wide-question';
    return 'wide';
  }
  if (
    f.org_id !== undefined &&
    (f.org_name !== undefined ||
      f.province !== undefined ||
      f.org_type !== undefined ||
      f.district !== undefined)
  ) {
    return 'organisations';
  }
  return 'unrecognised';
}

/** Read a user's mapping (column index → role name: a field, a code such as `E10`, or `ignore`). */
export function rolesFromMapping(headers: readonly string[], mapping: Record<number, string>): ColumnRole[] {
  return headers.map((_, i) => {
    const name = mapping[i];
    if (!name || name === 'ignore') return { kind: 'ignore' };
    if ((FIELD_ROLES as readonly string[]).includes(name)) return { kind: 'field', field: name as FieldRole };
    if (name === 'IIT' || name === 'EIT' || name === 'OIT')
      return { kind: 'total', tool: name === 'IIT' ? 0 : name === 'EIT' ? 1 : 2 };
    const slot = codeSlot(name);
    return slot >= 0 ? { kind: 'slot', slot } : { kind: 'ignore' };
  });
}

/**
 * Find the header (skipping title rows) and decide the layout. A mapping the user chose for this header
 * set takes precedence over recognition.
 */
export function detectLayout(
  records: readonly string[][],
  indicatorNames: readonly IndicatorName[],
  mappings?: Record<string, Record<number, string>>,
): Layout {
  let firstNonBlank = -1;
  const limit = Math.min(records.length, HEADER_SEARCH);
  for (let r = 0; r < limit; r++) {
    const rec = records[r] as string[];
    if (isBlank(rec)) continue;
    if (firstNonBlank < 0) firstNonBlank = r;
    const mapping = mappings?.[headerSignature(rec)];
    const roles = mapping
      ? rolesFromMapping(rec, mapping)
      : rec.map((h) => recogniseHeader(h, indicatorNames));
    const fields = fieldsOf(roles);
    const format = classify(roles, fields);
    if (format !== 'unrecognised') {
      const layout: Layout = { headerIndex: r, headers: rec, roles, fields, format, mapped: !!mapping };
      return reconcileHeaders(layout);
    }
    // Title rows above a header hold a word or two; a full row that is not a header is the header we
    // could not recognise (reading on would take a data row of small numbers for a header of codes).
    if (filledCells(rec) > 2) break;
  }
  const headers = firstNonBlank >= 0 ? (records[firstNonBlank] as string[]) : [];
  return {
    headerIndex: firstNonBlank,
    headers,
    roles: headers.map(() => ({ kind: 'ignore' })),
    fields: {},
    format: 'unrecognised',
    mapped: false,
  };
}

/**
 * Names over numbers in headers: when a header's number and name mean different indicators, follow the
 * names if every numbered header has a recognised name and no two name the same indicator; otherwise the
 * contradicting columns are not read and the file's agency-years get no overall (ingest.ts).
 */
function reconcileHeaders(layout: Layout): Layout {
  const numbered = layout.roles
    .map((role, i) => ({ role, i }))
    .filter(
      (x): x is { role: Extract<ColumnRole, { kind: 'slot' }>; i: number } =>
        x.role.kind === 'slot' && x.role.number !== undefined,
    );
  const contradicting = numbered.filter((x) => x.role.number !== x.role.slot);
  if (contradicting.length === 0) return layout;
  const ids = layout.roles.flatMap((r) =>
    r.kind === 'slot' && slotKind(r.slot) === 'indicator' ? [r.slot] : [],
  );
  const settled = new Set(ids).size === ids.length;
  const columns = contradicting.map((x) => (layout.headers[x.i] ?? '').trim());
  if (settled) return { ...layout, nameOrder: { order: 'names', columns } };
  const roles = layout.roles.map((r, i) =>
    contradicting.some((x) => x.i === i) ? ({ kind: 'ignore' } as ColumnRole) : r,
  );
  return { ...layout, roles, nameOrder: { order: 'refuse', columns } };
}
