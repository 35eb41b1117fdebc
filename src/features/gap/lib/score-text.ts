import { toArabicDigits } from '@analysis/text/thai-digits';

/** What a typed what-if value means: a score, or why it cannot be one. */
export type ScoreText = { ok: true; value: number } | { ok: false; why: 'empty' | 'number' | 'range' };

/**
 * Read a score the user typed (points 0–100): Thai or Arabic digits, a comma or a point for decimals,
 * spaces around ignored. Anything else says why it is not a score; nothing is silently clamped.
 */
export function readScoreText(text: string): ScoreText {
  const t = toArabicDigits(text.trim()).replace(',', '.');
  if (t === '') return { ok: false, why: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, why: 'number' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, why: 'number' };
  if (v < 0 || v > 100) return { ok: false, why: 'range' };
  return { ok: true, value: v };
}
