import type { Framework, RatingLevel } from '@analysis/frameworks/types';
import type { PathOptions } from '@analysis/gaps/path';

/** What the user set on the path: codes locked in, codes left out, highest values (points 0–100). */
export interface PathControls {
  lock: string[];
  exclude: string[];
  caps: Record<string, number>;
}

export const NO_CONTROLS: PathControls = { lock: [], exclude: [], caps: {} };

const CODE = /^(?:[IEO]\d{1,3}|\d{1,2})$/;

/** A URL list of codes (`O3,E10,9`): unknown shapes and repeats dropped. */
export function parseCodes(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').map((c) => c.trim().toUpperCase()))].filter((c) => CODE.test(c));
}

/** URL caps (`E10:90,4:88.5`): code → highest value, kept within 0–100. */
export function parseCaps(text: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (text ?? '').split(',')) {
    const [code, value] = part.split(':');
    const c = code?.trim().toUpperCase() ?? '';
    const v = Number(value);
    if (CODE.test(c) && value !== undefined && value.trim() !== '' && Number.isFinite(v))
      out[c] = Math.min(100, Math.max(0, v));
  }
  return out;
}

export function formatCodes(codes: readonly string[]): string {
  return codes.join(',');
}

export function formatCaps(caps: Readonly<Record<string, number>>): string {
  return Object.entries(caps)
    .map(([c, v]) => `${c}:${v}`)
    .join(',');
}

/** The path options of analyseGroup for these controls (effort comes from the catalogue). */
export function pathOptions(c: PathControls): PathOptions {
  return { locked: c.lock, exclude: c.exclude, caps: c.caps };
}

export function hasControls(c: PathControls): boolean {
  return c.lock.length > 0 || c.exclude.length > 0 || Object.keys(c.caps).length > 0;
}

/** Lock a step in as it is (its cap becomes its current end value unless one is set), or unlock it. */
export function toggleLock(c: PathControls, code: string, to: number): PathControls {
  if (c.lock.includes(code)) {
    const caps = { ...c.caps };
    if (caps[code] === to) delete caps[code];
    return { ...c, lock: c.lock.filter((x) => x !== code), caps };
  }
  return { ...c, lock: [...c.lock, code], caps: code in c.caps ? c.caps : { ...c.caps, [code]: to } };
}

/** Leave a code out of the path (and forget any lock or cap on it), or take it back. */
export function toggleExclude(c: PathControls, code: string): PathControls {
  if (c.exclude.includes(code)) return { ...c, exclude: c.exclude.filter((x) => x !== code) };
  const caps = { ...c.caps };
  delete caps[code];
  return { lock: c.lock.filter((x) => x !== code), exclude: [...c.exclude, code], caps };
}

/** Set or clear (null) a code's highest value. */
export function setCap(c: PathControls, code: string, cap: number | null): PathControls {
  const caps = { ...c.caps };
  if (cap === null) delete caps[code];
  else caps[code] = Math.min(100, Math.max(0, cap));
  return { ...c, caps };
}

/** The rating levels a path may aim at: those that pass, lowest first (ผ่าน, ผ่านดี, ผ่านดีเยี่ยม; A, AA). */
export function targetLevels(fw: Framework): RatingLevel[] {
  return fw.ratings.filter((l) => l.minOverall >= fw.threshold).reverse();
}

/** Whether a target text is a score (`90`, `92.5`) rather than a level code. */
export function isScoreTarget(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.trim());
}
