/**
 * The short forms people write for agency types and places, and what they stand for: one table read both
 * ways (search spells the short forms out, charts write names short). Longest first, so that `อบต.` is
 * read before `ต.`.
 */
export const ABBREVIATIONS: readonly (readonly [short: string, full: string])[] = [
  ['อบต', 'องค์การบริหารส่วนตำบล'],
  ['อบจ', 'องค์การบริหารส่วนจังหวัด'],
  ['กทม', 'กรุงเทพมหานคร'],
  ['ทต', 'เทศบาลตำบล'],
  ['ทม', 'เทศบาลเมือง'],
  ['ทน', 'เทศบาลนคร'],
  ['ต', 'ตำบล'],
  ['อ', 'อำเภอ'],
  ['จ', 'จังหวัด'],
];

/** The agency types a name may start with, longest first (places and กทม. are not types). */
const TYPE_PREFIXES = ABBREVIATIONS.filter(([short]) => /^(อบ|ท)/.test(short))
  .map(([short, full]) => [full, `${short}.`] as const)
  .sort((a, b) => b[0].length - a[0].length);

const FULL = new Map(ABBREVIATIONS);
/** A Thai letter or mark: an abbreviation only counts at the start of a word (not inside one). */
const THAI = '\\u0E01-\\u0E4E';
// `อบต.` / `ต.` with the dot anywhere a word starts; the multi-letter ones also without the dot when a
// space or the end follows (`อบต บ้านใหม่`). Single letters need the dot: `ต` alone is a word part.
const WITH_DOT = new RegExp(`(?<![${THAI}])(${ABBREVIATIONS.map(([a]) => a).join('|')})\\.\\s*`, 'gu');
const WITHOUT_DOT = new RegExp(
  `(?<![${THAI}])(${ABBREVIATIONS.filter(([a]) => a.length > 1)
    .map(([a]) => a)
    .join('|')})(?=\\s|$)\\s*`,
  'gu',
);

/** Spell out the short forms (`อบต.บ้านใหม่ อ.เมือง` → `องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง`). */
export function expandAbbreviations(text: string): string {
  return text
    .replace(WITH_DOT, (_, a: string) => FULL.get(a) as string)
    .replace(WITHOUT_DOT, (_, a: string) => FULL.get(a) as string);
}

/** A name with its agency-type prefix written short (`องค์การบริหารส่วนตำบลบ้านใหม่` → `อบต.บ้านใหม่`). */
export function abbreviateName(name: string): string {
  for (const [full, short] of TYPE_PREFIXES) {
    if (name.startsWith(full) && name.length > full.length)
      return short + name.slice(full.length).trimStart();
  }
  return name;
}
