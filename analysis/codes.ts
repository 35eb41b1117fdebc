/**
 * The code space: every score a file can carry gets one small integer slot, so that tables can hold codes
 * in a Uint8Array and scorers can index plain arrays.
 *
 *   0        the published overall score (`overall`, คะแนนรวม)
 *   1–10     indicators 1–10
 *   11–50    IIT questions I1–I40
 *   51–70    EIT questions E1–E20
 *   71–170   OIT items O1–O100
 */

export const SLOT_OVERALL = 0;
export const SLOT_INDICATOR0 = 0; // indicator n sits at slot n
export const SLOT_I0 = 10; // I n sits at 10 + n
export const SLOT_E0 = 50; // E n sits at 50 + n
export const SLOT_O0 = 70; // O n sits at 70 + n
export const MAX_I = 40;
export const MAX_E = 20;
export const MAX_O = 100;
/** Number of slots; a Float64Array of this length holds every score of one agency-year. */
export const SLOT_COUNT = SLOT_O0 + MAX_O + 1;

export type CodeKind = 'overall' | 'indicator' | 'IIT' | 'EIT' | 'OIT';

/** The canonical text of a slot: `overall`, `1`…`10`, `I1`, `E10`, `O43`. */
export function slotCode(slot: number): string {
  if (slot === SLOT_OVERALL) return 'overall';
  if (slot <= 10) return String(slot);
  if (slot <= SLOT_E0) return `I${slot - SLOT_I0}`;
  if (slot <= SLOT_O0) return `E${slot - SLOT_E0}`;
  return `O${slot - SLOT_O0}`;
}

export function slotKind(slot: number): CodeKind {
  if (slot === SLOT_OVERALL) return 'overall';
  if (slot <= 10) return 'indicator';
  if (slot <= SLOT_E0) return 'IIT';
  if (slot <= SLOT_O0) return 'EIT';
  return 'OIT';
}

/** Slot of a canonical code (`I13`, `7`, `overall`); -1 when it is not one. */
export function codeSlot(code: string): number {
  if (code === 'overall') return SLOT_OVERALL;
  const m = /^([IEO]?)(\d{1,3})$/.exec(code);
  if (!m) return -1;
  const n = Number(m[2]);
  switch (m[1]) {
    case '':
      return n >= 1 && n <= 10 ? n : -1;
    case 'I':
      return n >= 1 && n <= MAX_I ? SLOT_I0 + n : -1;
    case 'E':
      return n >= 1 && n <= MAX_E ? SLOT_E0 + n : -1;
    default:
      return n >= 1 && n <= MAX_O ? SLOT_O0 + n : -1;
  }
}
