import type { Dataset } from '@analysis/dataset';
import type { Scoreboard } from '@analysis/scoring/score-all';
import { normalise } from './catalogue-search';

/** One agency-year a plan can be drafted from. */
export interface AgencyChoice {
  orgKey: string;
  name: string;
  id: string | null;
  place: string;
  year: number;
  /** Computed overall, else the published one; NaN when neither is known. */
  overall: number;
  /** Normalised text the search matches. */
  haystack: string;
}

/** Every agency-year of a dataset with a framework for its year (a plan needs one), newest year first. */
export function agencyChoices(ds: Dataset, sb: Scoreboard): AgencyChoice[] {
  const out: AgencyChoice[] = [];
  const haystacks = new Map<number, string>();
  for (let g = 0; g < sb.groups.count; g++) {
    const org = ds.orgs[sb.groups.org[g] as number];
    if (!org || !sb.frameworks[g]) continue;
    const computed = sb.overall[g] as number;
    const o = sb.groups.org[g] as number;
    let haystack = haystacks.get(o);
    if (haystack === undefined) {
      haystack = normalise([org.name, org.id, org.district, org.province].filter(Boolean).join(' '));
      haystacks.set(o, haystack);
    }
    out.push({
      orgKey: org.key,
      name: org.name ?? org.id ?? '',
      id: org.id,
      place: [org.district, org.province].filter(Boolean).join(' '),
      year: sb.groups.year[g] as number,
      overall: Number.isNaN(computed) ? (sb.published[g] as number) : computed,
      haystack,
    });
  }
  const collator = new Intl.Collator('th');
  return out.sort((a, b) => b.year - a.year || collator.compare(a.name, b.name));
}

/** The agency-years matching every word of the search (in name, id or place, or the year), case and digits aside. */
export function filterChoices(
  choices: readonly AgencyChoice[],
  text: string,
  limit = 25,
): { items: AgencyChoice[]; total: number } {
  const terms = text.split(/\s+/).map(normalise).filter(Boolean);
  const hits = terms.length
    ? choices.filter((c) => terms.every((t) => c.haystack.includes(t) || String(c.year).startsWith(t)))
    : choices;
  return { items: hits.slice(0, limit), total: hits.length };
}
