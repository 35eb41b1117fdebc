const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'grapheme' }) : null;

/**
 * A label cut to at most `max` user-perceived characters with `…`: Thai vowels and tone marks stay on
 * their consonant (graphemes, not code points; pitfalls.md). The full text belongs in the tooltip.
 */
export function shortLabel(text: string, max: number): string {
  const parts = segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text];
  return parts.length <= max ? text : `${parts.slice(0, Math.max(1, max - 1)).join('')}…`;
}
