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

const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * A label set on up to `lines` lines of at most `max` user-perceived characters each, broken between
 * words (Thai has no spaces: Intl.Segmenter finds the words); a word longer than a line is broken between
 * graphemes. Only a text longer than every line together ends in `…`. Lines are joined with "\n".
 */
export function wrapLabel(text: string, max: number, lines = 2): string {
  const len = (s: string) => graphemes(s).length;
  const pieces = words ? Array.from(words.segment(text), (s) => s.segment) : text.split(/(?<=\s)/);
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
      const g = graphemes(line);
      out.push(g.slice(0, max).join(''));
      line = g.slice(max).join('');
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  if (out.length <= lines) return out.join('\n');
  const kept = out.slice(0, lines);
  kept[lines - 1] = shortLabel(`${kept[lines - 1] ?? ''}${out[lines] ?? ''}`, max);
  return kept.join('\n');
}
