import type { Dataset, OrgInfo } from '../dataset';
import type { Scoreboard } from '../scoring/score-all';
import { toArabicDigits } from '../text/thai-digits';

/** An agency that can be picked for its trend: who it is and which fiscal years (BE) it has data for. */
export interface AgencyChoice {
  org: OrgInfo;
  /** Fiscal years with data, oldest first. */
  years: number[];
  /** Normalised name, id, type and place that a search matches. */
  haystack: string;
}

/** Search text normalised so that spacing, case and Thai/Arabic digits do not matter. */
export function normaliseQuery(s: string): string {
  return toArabicDigits(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s\u200b-\u200d]+/g, '');
}

const THAI = new Intl.Collator('th');

/** Every agency with a key and at least one scored year, by name (Thai order), then id. */
export function agencyChoices(ds: Dataset, sb: Scoreboard): AgencyChoice[] {
  const years = new Map<number, number[]>();
  for (let g = 0; g < sb.groups.count; g++) {
    const o = sb.groups.org[g] as number;
    let list = years.get(o);
    if (!list) years.set(o, (list = []));
    list.push(sb.groups.year[g] as number);
  }
  const out: AgencyChoice[] = [];
  for (const [o, ys] of years) {
    const org = ds.orgs[o];
    if (!org || !org.key) continue;
    const text = [org.name, org.id, org.type, org.province, org.district].filter(Boolean).join(' ');
    out.push({ org, years: [...new Set(ys)].sort((a, b) => a - b), haystack: normaliseQuery(text) });
  }
  return out.sort(
    (a, b) => THAI.compare(a.org.name ?? '', b.org.name ?? '') || THAI.compare(a.org.key, b.org.key),
  );
}

/** The choices matching a search (all words, in any order), at most `limit`, and how many matched in all. */
export function searchAgencies(
  choices: readonly AgencyChoice[],
  query: string,
  limit = 30,
): { shown: AgencyChoice[]; total: number } {
  const words = query.split(/\s+/).map(normaliseQuery).filter(Boolean);
  const shown: AgencyChoice[] = [];
  let total = 0;
  for (const c of choices) {
    if (!words.every((w) => c.haystack.includes(w))) continue;
    total++;
    if (shown.length < limit) shown.push(c);
  }
  return { shown, total };
}
