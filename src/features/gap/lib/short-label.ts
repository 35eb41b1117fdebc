/**
 * Shorten text to at most `max` user-perceived characters (graphemes), adding `…` when cut. Thai vowels
 * and tone marks stay with their consonant (pitfalls.md: never cut Thai per code point).
 */
export function shortLabel(text: string, max: number): string {
  const seg = new Intl.Segmenter('th', { granularity: 'grapheme' });
  const parts = Array.from(seg.segment(text), (s) => s.segment);
  return parts.length <= max
    ? text
    : `${parts
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}
