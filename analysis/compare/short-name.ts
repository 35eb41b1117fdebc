/** Agency-type prefixes and their usual abbreviations, longest first. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['องค์การบริหารส่วนตำบล', 'อบต.'],
  ['องค์การบริหารส่วนจังหวัด', 'อบจ.'],
  ['เทศบาลตำบล', 'ทต.'],
  ['เทศบาลเมือง', 'ทม.'],
  ['เทศบาลนคร', 'ทน.'],
];

/** A name with its agency-type prefix abbreviated (`องค์การบริหารส่วนตำบลบ้านใหม่` → `อบต.บ้านใหม่`). */
export function abbreviateName(name: string): string {
  for (const [full, short] of PREFIXES) {
    if (name.startsWith(full) && name.length > full.length)
      return short + name.slice(full.length).trimStart();
  }
  return name;
}

const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'grapheme' }) : null;

/**
 * At most `max` user-perceived characters of a text, with `…` when cut. Thai vowels and tone marks stay
 * with their consonant (grapheme clusters, not code units).
 */
export function truncateGraphemes(text: string, max: number): string {
  const parts = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  return parts.length <= max ? text : `${parts.slice(0, Math.max(1, max - 1)).join('')}…`;
}
