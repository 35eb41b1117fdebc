const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'grapheme' }) : null;

/**
 * Text cut to at most `max` user-perceived characters (grapheme clusters), with `…` when cut. Thai vowels
 * and tone marks stay with their consonant (pitfalls.md: never cut Thai per code point); without
 * Intl.Segmenter, per code point. The full text belongs in a tooltip or the table beside.
 */
export function shortLabel(text: string, max: number): string {
  const parts = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  if (parts.length <= max) return text;
  return `${parts
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}
