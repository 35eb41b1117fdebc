import { FIELD_ROLES, type FieldRole } from '@analysis/ingest/columns';
import type { MessageKey } from '@/shared/i18n/use-i18n';

export interface RoleGroup {
  label: MessageKey;
  /** The published tool totals (labelled by the data feature's own texts). */
  totals?: boolean;
  options: { value: string; field?: FieldRole; text?: string }[];
}

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i + 1}`, text: `${prefix}${i + 1}` }));

/**
 * What a column can hold in the mapping step: a field of the long format, an indicator score column,
 * a question/item score column (codes the ingest accepts: I1–I40, E1–E20, O1–O100; the usual ones are
 * offered), or nothing.
 */
export const ROLE_GROUPS: readonly RoleGroup[] = [
  { label: 'map.groupFields', options: FIELD_ROLES.map((f) => ({ value: f, field: f })) },
  {
    label: 'map.groupIndicators',
    options: [{ value: 'overall' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1) }))],
  },
  {
    label: 'map.groupFields',
    totals: true,
    options: ['IIT', 'EIT', 'OIT'].map((t) => ({ value: t, text: t })),
  },
  { label: 'map.groupIIT', options: range('I', 30) },
  { label: 'map.groupEIT', options: range('E', 15) },
  { label: 'map.groupOIT', options: range('O', 45) },
];

/** Whether a mapping names enough to read scores: code + score, or at least one score column. */
export function mappingUsable(mapping: Record<number, string>): boolean {
  const roles = new Set(Object.values(mapping));
  if (roles.has('code') && roles.has('score')) return true;
  return [...roles].some((r) => r === 'overall' || /^([IEO]?\d{1,3})$/.test(r));
}

/**
 * The mapping the step starts from: one the user saved for these headers, else what was recognised (the
 * roles ingest read the columns as) with the proposed column put in, else nothing.
 */
export function initialMapping(
  saved: Record<number, string> | undefined,
  roles: readonly string[] | undefined,
  proposal: { column: number; role: string } | undefined,
): Record<number, string> {
  if (saved) return saved;
  const out: Record<number, string> = {};
  (roles ?? []).forEach((r, i) => {
    if (r !== 'ignore') out[i] = r;
  });
  if (proposal && proposal.column >= 0) out[proposal.column] = proposal.role;
  return out;
}
