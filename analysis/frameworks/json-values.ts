/**
 * Careful readers for values parsed from a user's JSON file: nothing here throws, and only own
 * properties are read (so keys such as `constructor` or `__proto__` never reach the prototype).
 */

/** A plain JSON object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The own property `key` of `obj`, or undefined. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Whether `obj` has its own property `key` (even when its value is null). */
export function hasOwn(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** A finite number, also from numeric text such as `"30"` or `" 6.5 "`; otherwise undefined. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** An integer, also from integer text; otherwise undefined. */
export function toInteger(v: unknown): number | undefined {
  const n = toNumber(v);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** Trimmed non-empty text; otherwise undefined. */
export function toText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** A code written by a user (`i9 `, `E10`): trimmed and upper-cased; numbers become text. */
export function toCode(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  const t = toText(v);
  return t === undefined ? undefined : t.toUpperCase();
}

/** A short printable form of any value for a problem report (at most 80 characters); null for undefined. */
export function showValue(v: unknown): string | null {
  if (v === undefined) return null;
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** `a.b` path joining that leaves out an empty prefix: join('', 'tools') = 'tools', join('[1]', 'tools') = '[1].tools'. */
export function joinPath(prefix: string, rest: string): string {
  if (prefix === '') return rest;
  if (rest === '') return prefix;
  return rest.startsWith('[') ? `${prefix}${rest}` : `${prefix}.${rest}`;
}
