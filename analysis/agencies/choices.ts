import type { Dataset, OrgInfo } from '../dataset';
import { officialOverall, type Scoreboard } from '../scoring/score-all';
import { toArabicDigits } from '../text/thai-digits';
import { matchTiers, normaliseThai, searchIndexOf } from './search';

/** An agency of a dataset that has at least one scored year: what a picker lists in agency mode. */
export interface AgencyChoice {
  /** Index into `Dataset.orgs`. */
  org: number;
  info: OrgInfo;
  /** Fiscal years (BE) with data, oldest first. */
  years: number[];
}

/** One agency in one fiscal year: what a picker lists in agency-year mode. */
export interface AgencyYearChoice {
  org: number;
  info: OrgInfo;
  /** Fiscal year, BE. */
  year: number;
  /** Scoreboard group. */
  group: number;
  /** The official overall (overall.ts's rule), points; NaN when neither figure is known. */
  overall: number;
}

const THAI = new Intl.Collator('th');

/** Thai dictionary order of two agencies: by name, then by key. */
export function compareAgencies(a: OrgInfo, b: OrgInfo): number {
  return THAI.compare(a.name ?? a.id ?? '', b.name ?? b.id ?? '') || THAI.compare(a.key, b.key);
}

/** Every agency with at least one scored year, in Thai dictionary order. */
export function agencyChoices(ds: Dataset, sb: Scoreboard): AgencyChoice[] {
  const years = new Map<number, Set<number>>();
  for (let g = 0; g < sb.groups.count; g++) {
    const o = sb.groups.org[g] as number;
    let set = years.get(o);
    if (!set) years.set(o, (set = new Set()));
    set.add(sb.groups.year[g] as number);
  }
  const out: AgencyChoice[] = [];
  for (const [org, ys] of years) {
    const info = ds.orgs[org];
    if (info?.key) out.push({ org, info, years: [...ys].sort((a, b) => a - b) });
  }
  return out.sort((a, b) => compareAgencies(a.info, b.info));
}

/**
 * Every agency-year, newest year first and in Thai order within a year; with `framework`, only the years
 * a framework covers (a plan needs one).
 */
export function agencyYearChoices(
  ds: Dataset,
  sb: Scoreboard,
  o: { framework?: boolean } = {},
): AgencyYearChoice[] {
  const out: AgencyYearChoice[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    const org = sb.groups.org[g] as number;
    const info = ds.orgs[org];
    if (!info?.key || (o.framework && !sb.frameworks[g])) continue;
    out.push({ org, info, year: sb.groups.year[g] as number, group: g, overall: officialOverall(sb, g) });
  }
  return out.sort((a, b) => b.year - a.year || compareAgencies(a.info, b.info));
}

/** A query word that names a fiscal year, or its start (`2567`, `๒๕๖`): it matches the year, not a name. */
const YEAR_WORD = /^25\d{0,2}$/;

/**
 * The choices matching a search, best matches first (names that start with it, then names that contain
 * it, then other fields; matchTiers), each tier in the list's own order; all of them for an empty search.
 * In agency-year mode a word that is a year (or its start) keeps that year's rows. `allow` limits the
 * candidates (a scope). At most `limit` are returned, with how many matched in all.
 */
export function searchChoices<C extends { org: number; info: OrgInfo; year?: number }>(
  choices: readonly C[],
  orgs: readonly OrgInfo[],
  query: string,
  o: { limit?: number; allow?: (c: C) => boolean } = {},
): { shown: C[]; total: number } {
  const words = query.split(/\s+/u).filter(Boolean);
  const years = words.map((w) => toArabicDigits(w)).filter((w) => YEAR_WORD.test(w));
  const yearMode = choices.some((c) => c.year !== undefined);
  const text = yearMode ? words.filter((w) => !YEAR_WORD.test(toArabicDigits(w))).join(' ') : query;
  const tiers = normaliseThai(text) ? matchTiers(searchIndexOf(orgs), text) : null;
  const hits: { c: C; tier: number; i: number }[] = [];
  choices.forEach((c, i) => {
    const tier = tiers ? (tiers[c.org] as number) : 0;
    if (tier < 0 || (o.allow && !o.allow(c))) return;
    if (yearMode && years.length && !years.some((y) => String(c.year).startsWith(y))) return;
    hits.push({ c, tier, i });
  });
  hits.sort((a, b) => a.tier - b.tier || a.i - b.i);
  return { shown: hits.slice(0, o.limit ?? hits.length).map((h) => h.c), total: hits.length };
}
