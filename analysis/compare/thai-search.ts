import type { OrgInfo } from '../dataset';
import { toArabicDigits } from '../text/thai-digits';

/**
 * Thai abbreviations of agency types and places, and what they stand for. Longest first, so that
 * `อบต.` is read before `ต.`.
 */
export const ABBREVIATIONS: readonly (readonly [string, string])[] = [
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

/** Spell out the abbreviations of `ABBREVIATIONS` (`อบต.บ้านใหม่ อ.เมือง` → `องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง`). */
export function expandAbbreviations(text: string): string {
  return text
    .replace(WITH_DOT, (_, a: string) => FULL.get(a) as string)
    .replace(WITHOUT_DOT, (_, a: string) => FULL.get(a) as string);
}

/**
 * Text as search compares it: NFC, abbreviations spelled out, Thai digits as Arabic, lower case, and
 * no spaces, zero-width characters or dots — so `อบต. บ้าน ใหม่` and `องค์การบริหารส่วนตำบลบ้านใหม่` are equal.
 */
export function normaliseThai(text: string): string {
  return toArabicDigits(expandAbbreviations(text.normalize('NFC')))
    .toLowerCase()
    .replace(/(?:\s|\u200b|\u200c|\u200d|\.)+/gu, '');
}

/** Search text of every organisation: name, id, `อำเภอ` + district, `จังหวัด` + province, type. */
export interface SearchIndex {
  /** Normalised name of organisation o (or '' when unnamed). */
  names: string[];
  /** Every field of organisation o, normalised, separated by `|` so a match never spans two fields. */
  all: string[];
}

/** Build the search index of a dataset's organisations (once per dataset: 8,300 strings). */
export function buildSearchIndex(orgs: readonly OrgInfo[]): SearchIndex {
  const names = new Array<string>(orgs.length);
  const all = new Array<string>(orgs.length);
  // Places and types repeat: normalise each distinct one once.
  const seen = new Map<string, string>();
  const place = (prefix: string, v: string | null): string => {
    if (!v) return '';
    const k = prefix + v;
    let n = seen.get(k);
    if (n === undefined) seen.set(k, (n = normaliseThai(k)));
    return n;
  };
  for (let o = 0; o < orgs.length; o++) {
    const org = orgs[o] as OrgInfo;
    const name = normaliseThai(org.name ?? '');
    names[o] = name;
    all[o] =
      `${name}|${normaliseThai(org.id ?? '')}|${place('อำเภอ', org.district)}|${place('จังหวัด', org.province)}|${place('', org.type)}`;
  }
  return { names, all };
}

/**
 * Organisations matching a query, best first: names that start with it, then names that contain it,
 * then other fields (id, district, province, type) that contain it; finally organisations whose fields
 * hold every space-separated word of the query (`บ้านใหม่ เชียงใหม่`). Within a tier, index order.
 * An empty query matches nothing. `allow(o)` limits the candidates (e.g. to agencies of one year).
 */
export function searchOrgs(
  index: SearchIndex,
  query: string,
  opts: { limit?: number; allow?: (org: number) => boolean } = {},
): number[] {
  const limit = opts.limit ?? 50;
  const needle = normaliseThai(query);
  if (!needle) return [];
  const words = expandAbbreviations(query.normalize('NFC')).split(/\s+/u).map(normaliseThai).filter(Boolean);
  const tiers: number[][] = [[], [], [], []];
  for (let o = 0; o < index.names.length; o++) {
    if (opts.allow && !opts.allow(o)) continue;
    const name = index.names[o] as string;
    const all = index.all[o] as string;
    let tier = -1;
    if (name.startsWith(needle)) tier = 0;
    else if (name.includes(needle)) tier = 1;
    else if (all.includes(needle)) tier = 2;
    else if (words.length > 1 && words.every((w) => all.includes(w))) tier = 3;
    if (tier >= 0) (tiers[tier] as number[]).push(o);
    if ((tiers[0] as number[]).length >= limit) break;
  }
  return tiers.flat().slice(0, limit);
}
