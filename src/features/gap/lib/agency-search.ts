import type { Dataset } from '@analysis/dataset';
import type { Scoreboard } from '@analysis/scoring/score-all';
import { toArabicDigits } from '@analysis/text/thai-digits';

/** One agency of a dataset, with the fiscal years it has scores for. */
export interface AgencyChoice {
  key: string;
  name: string | null;
  id: string | null;
  place: string | null;
  /** Years (BE), newest first. */
  years: number[];
  /** Normalised name, id, province, district and type, for search. */
  haystack: string;
}

/** Search text normalised so that spacing, case and Thai/Arabic digits do not matter. */
export function normalise(s: string): string {
  return toArabicDigits(s.normalize('NFC'))
    .toLowerCase()
    .replace(/(?:\s|\u200b|\u200c|\u200d)+/g, '');
}

/** Every agency of a dataset that has at least one agency-year, in the order of the data. */
export function agencyChoices(ds: Dataset, sb: Scoreboard): AgencyChoice[] {
  const years = new Map<number, Set<number>>();
  for (let g = 0; g < sb.groups.count; g++) {
    const o = sb.groups.org[g];
    let set = years.get(o);
    if (!set) years.set(o, (set = new Set()));
    set.add(sb.groups.year[g]);
  }
  const out: AgencyChoice[] = [];
  for (const [o, ys] of years) {
    const org = ds.orgs[o];
    if (!org) continue;
    out.push({
      key: org.key,
      name: org.name,
      id: org.id,
      place: [org.province, org.district].filter(Boolean).join(' / ') || null,
      years: [...ys].sort((a, b) => b - a),
      haystack: normalise([org.name, org.id, org.province, org.district, org.type].filter(Boolean).join(' ')),
    });
  }
  return out;
}

/** Agencies matching a search (all when it is empty), names starting with it first; at most `limit`. */
export function searchAgencies(list: readonly AgencyChoice[], q: string, limit = 50): AgencyChoice[] {
  const needle = normalise(q);
  if (!needle) return list.slice(0, limit);
  const starts: AgencyChoice[] = [];
  const contains: AgencyChoice[] = [];
  for (const a of list) {
    if (!a.haystack.includes(needle)) continue;
    (a.haystack.startsWith(needle) ? starts : contains).push(a);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
