const THAI_ZERO = 0x0e50;

/** Replace Thai digits ๐–๙ with Arabic digits 0–9. */
export function toArabicDigits(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
      if (!changed) {
        out = s.slice(0, i);
        changed = true;
      }
      out += String.fromCharCode(c - THAI_ZERO + 48);
    } else if (changed) out += s[i];
  }
  return changed ? out : s;
}

/** Replace Arabic digits 0–9 with Thai digits ๐–๙ (for Thai official documents and the digit switch). */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}
