/**
 * The columns of a synthetic year: the framework's IIT and EIT questions, then its OIT items, each with
 * what the generator needs to know about it (indicator, tool, scale, OIT sub-indicator, difficulty).
 */
import { hashSeed, Rng } from './prng';
import { codeSlot, SLOT_E0, SLOT_O0 } from '../../analysis/codes';
import type { CompiledFramework } from '../../analysis/scoring/compile';

/** Tool index of a column. */
export const TOOL_IIT = 0;
export const TOOL_EIT = 1;
export const TOOL_OIT = 2;

/** Column metadata of one framework year (arrays indexed by column). */
export interface YearColumns {
  /** Slots (codes.ts) in framework order: IIT and EIT questions, then OIT items. */
  slots: Int32Array;
  /** Canonical codes (`I1`, `O12`). */
  codes: string[];
  indicator: Int8Array;
  /** 0 IIT, 1 EIT, 2 OIT. */
  tool: Uint8Array;
  /** 1 for a yes/no question. */
  yesNo: Uint8Array;
  /** Index of the OIT sub-indicator (0…subCount-1), -1 for questions. */
  sub: Int8Array;
  subCount: number;
  /** How much harder than its indicator's average the question (log-gap) or item (logits) is. */
  offset: Float64Array;
}

function questionOffset(seed: number, slot: number, code: string, yesNo: boolean, negative: boolean): number {
  const rng = new Rng(hashSeed(seed, 0x5107, slot));
  let offset = 0.3 * rng.normal();
  if (yesNo) offset += negative ? -0.9 : 0.45; // bribery is rarely reported; "is there a channel" is less known
  if (code === 'I7' || code === 'E7') offset += 0.25; // staff rarely know the spending plan; results seldom seen
  return offset;
}

/** Builds the columns of a compiled framework. */
export function buildColumns(cfw: CompiledFramework, seed: number): YearColumns {
  const framework = cfw.framework;
  const slots = Int32Array.from(cfw.allSlots);
  const m = slots.length;
  const cols: YearColumns = {
    slots,
    codes: [],
    indicator: new Int8Array(m),
    tool: new Uint8Array(m),
    yesNo: new Uint8Array(m),
    sub: new Int8Array(m).fill(-1),
    subCount: 0,
    offset: new Float64Array(m),
  };
  const questionBySlot = new Map(framework.questions.map((q) => [codeSlot(q.code), q]));
  const subs = [...(cfw.subs[9] ?? []), ...(cfw.subs[10] ?? [])];
  cols.subCount = subs.length;
  for (let j = 0; j < m; j++) {
    const slot = slots[j] as number;
    cols.indicator[j] = cfw.indicatorOfSlot[slot] as number;
    if (slot > SLOT_O0) {
      cols.codes.push(`O${slot - SLOT_O0}`);
      cols.tool[j] = TOOL_OIT;
      cols.sub[j] = subs.findIndex((s) => s.slots.includes(slot));
      // Keyed by the length of the list, so years that share a list share item difficulties.
      cols.offset[j] = 0.55 * new Rng(hashSeed(seed, 0x0171, framework.oitItems.length, slot)).normal();
    } else {
      const q = questionBySlot.get(slot);
      const code = q?.code ?? '';
      cols.codes.push(code);
      cols.tool[j] = slot > SLOT_E0 ? TOOL_EIT : TOOL_IIT;
      cols.yesNo[j] = q?.scale === 'YN' ? 1 : 0;
      cols.offset[j] = questionOffset(seed, slot, code, q?.scale === 'YN', q?.polarity === 'negative');
    }
  }
  return cols;
}
