import { indicatorsFor, ITA_TOOLS } from '../frameworks/indicators';
import type { Framework, RatingLevel } from '../frameworks/types';
import type { Scoreboard } from '../scoring/score-all';
import type { SummaryMember } from './types';

/** IIT, EIT, OIT. */
export const TOOL_MEMBERS: readonly SummaryMember[] = ITA_TOOLS.map((t) => ({
  key: t.id,
  th: `${t.id} ${t.nameTh}`,
  en: t.nameEn,
}));

/** The ten indicators, named as in the latest fiscal year of the data (only indicator 8 was renamed). */
export function indicatorMembers(sb: Scoreboard): SummaryMember[] {
  let latest = 0;
  for (let g = 0; g < sb.groups.count; g++) latest = Math.max(latest, sb.groups.year[g] as number);
  return indicatorsFor(latest || 2568).map((d) => ({
    key: String(d.id),
    th: `${d.id}. ${d.nameTh}`,
    en: `${d.id}. ${d.nameEn}`,
  }));
}

/** The fiscal years (BE) present, oldest first, and each row's number. */
export function yearMembers(year: Uint16Array): { members: SummaryMember[]; ids: Int32Array } {
  const years = [...new Set(year)].sort((a, b) => a - b);
  const id = new Map(years.map((y, i) => [y, i]));
  const ids = new Int32Array(year.length);
  for (let r = 0; r < year.length; r++) ids[r] = id.get(year[r] as number) as number;
  return { members: years.map((y) => ({ key: String(y), th: String(y), en: String(y) })), ids };
}

/** Key of the rating member of agency-years without a rating (no overall, or no rules for the year). */
export const NO_RATING = 'none';

/**
 * The rating levels present, in the order of the rules (AA…F of 2562–2565 before the pass-based levels of
 * 2566 on; best first within each), with the agency-years without a rating last.
 */
export function ratingMembers(
  frameworks: readonly (Framework | null)[],
  levels: readonly (RatingLevel | null | undefined)[],
): { members: SummaryMember[]; ids: Int32Array } {
  const n = levels.length;
  const order = new Map<string, { level: RatingLevel; rank: number }>();
  let none = false;
  for (let r = 0; r < n; r++) {
    const level = levels[r];
    const fw = frameworks[r];
    if (!level || !fw) {
      none = true;
      continue;
    }
    if (order.has(level.code)) continue;
    const scheme = fw.ratingScheme === 'grade' ? 0 : 1;
    order.set(level.code, { level, rank: scheme * 100 + fw.ratings.indexOf(level) });
  }
  const sorted = [...order.values()].sort((a, b) => a.rank - b.rank);
  const members: SummaryMember[] = sorted.map(({ level }) => ({
    key: level.code,
    th: level.labelTh,
    en: level.labelEn,
  }));
  if (none) members.push({ key: NO_RATING, th: 'ไม่มีผลระดับ', en: 'no rating' });
  const id = new Map(members.map((m, i) => [m.key, i]));
  const ids = new Int32Array(n);
  for (let r = 0; r < n; r++) ids[r] = id.get(levels[r]?.code ?? NO_RATING) as number;
  return { members, ids };
}
