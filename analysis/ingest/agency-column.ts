import { toArabicDigits } from '../text/thai-digits';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { FillDown } from './fill-down';
import { cell } from './row-context';
import { rowIdentity, type NameTable } from './row-identity';

/**
 * Whose rows are these? A file without an agency column is read as one agency. When its rows then repeat
 * (the same year and code twice), they belong to several agencies, and the column that tells them apart
 * must be found, never guessed:
 * - the NACC's provincial tables head the agency column จังหวัด (each row a provincial administration):
 *   a province column whose values separate the repeats is the agency column (`province`);
 * - a text column that was not recognised and separates the repeats is proposed to the user (`varying`):
 *   the app offers the mapping step, the CLI refuses the overall and names the column.
 */
export type AgencyColumn =
  { kind: 'province'; col: number } | { kind: 'varying'; col: number; samples: string[] };

/** A cell that is a number (a score, a year, a count), not a name. */
function isNumeric(v: string): boolean {
  return /^[-+]?[\d.,%\s]+$/.test(toArabicDigits(v));
}

/** The agency column of a file that has none (see AgencyColumn), or null when its rows do not repeat. */
export function findAgencyColumn(
  records: readonly string[][],
  layout: Layout,
  names: NameTable,
  optionYear: number | undefined,
): AgencyColumn | null {
  const f = layout.fields;
  if (f.org_id !== undefined || f.org_name !== undefined || layout.format === 'organisations') return null;
  const wide = layout.format !== 'long' && layout.format !== 'report-table';
  const fill = new FillDown(layout);
  const rows: { rec: readonly string[]; key: string }[] = [];
  for (let r = layout.headerIndex + 1; r < records.length; r++) {
    const raw = records[r] as string[];
    if (isBlank(raw)) continue;
    const rec = fill.apply(raw);
    const year = cell(rec, layout, 'year') ?? String(optionYear ?? '');
    let key = year;
    if (!wide) {
      const id = rowIdentity(rec, layout, names);
      if (id.kind === 'slot') key += `|s${id.slot}`;
      else if (id.kind === 'tool-total') key += `|t${id.tool}`;
      else if (id.kind === 'indicator') key += `|i${id.nameId ?? id.number ?? ''}`;
      else continue;
    }
    rows.push({ rec, key });
  }
  const keys = new Set(rows.map((x) => x.key));
  if (keys.size === rows.length) return null;
  const candidates: number[] = [];
  if (f.province !== undefined) candidates.push(f.province);
  layout.roles.forEach((role, i) => {
    if (role.kind !== 'ignore') return;
    const filled = rows.filter((x) => (x.rec[i] ?? '').trim() !== '');
    if (filled.length === 0 || filled.some((x) => isNumeric(x.rec[i] as string))) return;
    candidates.push(i);
  });
  let best: { col: number; distinct: string[]; separates: boolean } | null = null;
  for (const col of candidates) {
    // Empty cells below a value are merged cells: they carry the value above.
    let last = '';
    const seen = new Set<string>();
    const distinct: string[] = [];
    let separates = true;
    for (const x of rows) {
      const v = (x.rec[col] ?? '').trim() || last;
      last = v;
      if (!distinct.includes(v) && distinct.length < 50) distinct.push(v);
      const k = `${v}\u0000${x.key}`;
      if (seen.has(k)) separates = false;
      seen.add(k);
    }
    if (distinct.length < 2) continue;
    if (separates && col === f.province) return { kind: 'province', col };
    if (!best || (separates && !best.separates)) best = { col, distinct, separates };
  }
  if (!best || best.col === f.province) return null;
  return { kind: 'varying', col: best.col, samples: best.distinct.slice(0, 3) };
}
