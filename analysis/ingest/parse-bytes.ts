import { SLOT_E0 as SLOT_E0_, SLOT_I0 as SLOT_I0_, SLOT_O0 as SLOT_O0_ } from '../codes';

// Local copies: under Node's CommonJS interop an imported constant is read through a getter each time.
const SLOT_E0 = SLOT_E0_;
const SLOT_I0 = SLOT_I0_;
const SLOT_O0 = SLOT_O0_;

/**
 * Byte-level reading of code cells for fast-long.ts (which reads numbers and years inline). Only the plain
 * spellings are accepted; anything else answers -1 and the row takes the general path, which reads every
 * spelling and reports what is wrong.
 */

/** `overall` in bytes. */
const OVERALL = [111, 118, 101, 114, 97, 108, 108];

/**
 * A canonical code: `1`–`10`, `I1`–`I40`, `E1`–`E20`, `O1`–`O100` (upper-case letter, no leading zero) or
 * `overall`; its slot, or -1 (the general path then reads other spellings or reports the code).
 */
export function parseCodeBytes(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if (len < 1 || len > 4) {
    if (len !== 7) return -1;
    for (let i = 0; i < 7; i++) if (b[s + i] !== OVERALL[i]) return -1;
    return 0;
  }
  let base: number;
  let max: number;
  let i = s;
  switch (b[s]) {
    case 73: // I
      base = SLOT_I0;
      max = 40;
      i++;
      break;
    case 69: // E
      base = SLOT_E0;
      max = 20;
      i++;
      break;
    case 79: // O
      base = SLOT_O0;
      max = 100;
      i++;
      break;
    default:
      base = 0;
      max = 10;
  }
  if (i === e || b[i] === 48) return -1;
  let n = 0;
  for (; i < e; i++) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n >= 1 && n <= max ? base + n : -1;
}
