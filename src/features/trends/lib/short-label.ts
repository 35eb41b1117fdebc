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

const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/**
 * A label set on up to `lines` lines of at most `max` user-perceived characters each, broken between
 * words (Thai has no spaces: Intl.Segmenter finds the words); a word longer than a line is broken between
 * graphemes. Only a text longer than every line together ends in `…`. Lines are joined with "\n".
 */
export function wrapLabel(text: string, max: number, lines = 2): string {
  const len = (s: string) => (segmenter ? [...segmenter.segment(s)].length : [...s].length);
  const pieces = words ? [...words.segment(text)].map((s) => s.segment) : text.split(/(?<=\s)/);
  const out: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (len(line + piece) <= max) {
      line += piece;
      continue;
    }
    if (line.trim()) out.push(line.trimEnd());
    line = piece.trimStart();
    while (len(line) > max) {
      const g = segmenter ? [...segmenter.segment(line)].map((s) => s.segment) : [...line];
      out.push(g.slice(0, max).join(''));
      line = g.slice(max).join('');
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  if (out.length <= lines) return out.join('\n');
  const kept = out.slice(0, lines);
  kept[lines - 1] = shortLabel(`${kept[lines - 1] as string}${out[lines] as string}`, max);
  return kept.join('\n');
}
