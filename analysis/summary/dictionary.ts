import type { SummaryMember } from './types';

/** One collator for all name comparisons (a `localeCompare` per call would build one each time). */
const THAI = new Intl.Collator('th');

/** Name of a province, district or type that no file gave (as the compare view names it). */
export const UNKNOWN_TH = '(ไม่ระบุ)';
export const UNKNOWN_EN = '(not given)';

/**
 * The distinct values of one text field over the rows, numbered in display order (Thai alphabetical,
 * unknown last), and each row's number: group ids that sort the way the table shows them.
 */
export function nameDictionary(
  n: number,
  nameOf: (row: number) => string | null,
): { members: SummaryMember[]; ids: Int32Array } {
  const first = new Map<string | null, number>();
  const raw = new Int32Array(n);
  const names: (string | null)[] = [];
  for (let r = 0; r < n; r++) {
    const v = nameOf(r);
    let id = first.get(v);
    if (id === undefined) {
      id = names.length;
      first.set(v, id);
      names.push(v);
    }
    raw[r] = id;
  }
  const order = names.map((_, i) => i);
  order.sort((a, b) => {
    const x = names[a] ?? null;
    const y = names[b] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return THAI.compare(x, y);
  });
  const rank = new Int32Array(names.length);
  order.forEach((old, i) => (rank[old] = i));
  const ids = new Int32Array(n);
  for (let r = 0; r < n; r++) ids[r] = rank[raw[r] as number] as number;
  const members = order.map((old) => {
    const v = names[old] ?? null;
    return v === null ? { key: UNKNOWN_TH, th: UNKNOWN_TH, en: UNKNOWN_EN } : { key: v, th: v, en: v };
  });
  return { members, ids };
}
