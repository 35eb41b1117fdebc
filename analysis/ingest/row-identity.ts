import { slotKind } from '../codes';
import type { Layout } from './detect';
import { readLabel, toolTotal, type ToolIndex } from './labels';
import { cell } from './row-context';

/** Names matched against (see labels.ts nameTable). */
export type NameTable = readonly { key: string; value: number }[];

/**
 * What one row of a long file or report table is about, from its code cell, and in a report table its name
 * and tool cells too: a code, a tool's published total, or an indicator given by number and/or name.
 */
export type RowIdentity =
  | { kind: 'slot'; slot: number }
  | { kind: 'tool-total'; tool: ToolIndex }
  | {
      kind: 'indicator';
      /** The number typed (ลำดับ, `ตัวชี้วัดที่ 9`), which need not be an indicator number. */
      number: number | null;
      /** The indicator the name means, and whether the name matched exactly. */
      nameId: number | null;
      exact: boolean;
      nameText: string | null;
    }
  | { kind: 'none'; raw: string };

/** Read a row's identity (see RowIdentity). */
export function rowIdentity(rec: readonly string[], layout: Layout, names: NameTable): RowIdentity {
  const codeRaw = cell(rec, layout, 'code');
  const descRaw = cell(rec, layout, 'description');
  const code = codeRaw === null ? null : readLabel(codeRaw, names);
  if (code?.kind === 'code' && (code.slot === 0 || slotKind(code.slot) !== 'indicator'))
    return { kind: 'slot', slot: code.slot };
  if (code?.kind === 'tool-total') return code;
  const desc = descRaw === null ? null : readLabel(descRaw, names);
  let number: number | null = null;
  if (code?.kind === 'code') number = code.slot;
  else if (code?.kind === 'number') number = code.number;
  else if (code?.kind === 'name') number = code.number;
  let name = desc?.kind === 'name' ? desc : null;
  if (!name && code?.kind === 'name') name = code;
  if (number === null && !name) {
    // A subtotal row: the label sits in the name or tool column, the number cell is empty.
    if (codeRaw === null && desc?.kind === 'tool-total') return desc;
    if (codeRaw === null && desc?.kind === 'code' && desc.slot === 0) return { kind: 'slot', slot: 0 };
    const toolRaw = cell(rec, layout, 'tool');
    if (codeRaw === null && descRaw === null && toolRaw !== null) {
      const t = toolTotal(toolRaw);
      if (t !== null) return { kind: 'tool-total', tool: t };
      const l = readLabel(toolRaw, names);
      if (l.kind === 'code' && l.slot === 0) return { kind: 'slot', slot: 0 };
    }
    return { kind: 'none', raw: codeRaw ?? descRaw ?? '' };
  }
  return {
    kind: 'indicator',
    number,
    nameId: name ? name.id : null,
    exact: name ? name.exact : true,
    nameText: name ? name.text : null,
  };
}

/** How a file's indicator rows are numbered against their names (see decideNameOrder). */
export type NameOrder = 'numbers' | 'names' | 'refuse';

/**
 * Names over numbers: when some row's number and name name different indicators, follow the names if
 * they settle it — every numbered row has a recognised name and no two rows of one agency-year name the
 * same indicator — otherwise refuse. Rows agreeing everywhere follow the numbers (they are the same).
 */
export function decideNameOrder(rows: readonly { group: string; id: RowIdentity }[]): NameOrder {
  let contradiction = false;
  let settled = true;
  const seen = new Set<string>();
  for (const { group, id } of rows) {
    if (id.kind !== 'indicator') continue;
    if (id.number !== null && id.nameId !== null && id.number !== id.nameId) contradiction = true;
    if (id.number !== null && id.nameId === null) settled = false;
    if (id.nameId !== null) {
      const key = `${group}\u0000${id.nameId}`;
      if (seen.has(key)) settled = false;
      seen.add(key);
    }
  }
  if (!contradiction) return 'numbers';
  return settled ? 'names' : 'refuse';
}
