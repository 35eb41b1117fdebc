import type { Dataset } from '@analysis/dataset';
import type { Framework, RatingLevel, ToolId } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';
import { round } from '@analysis/scoring/round';
import { officialOverall, overallSource, type Scoreboard } from '@analysis/scoring/score-all';

/** A tool score that keeps the agency below the level its overall alone would reach. */
export interface ToolShortfall {
  tool: ToolId;
  score: number;
  /** The score every tool needs for that level (85 for ผ่านดี, 95 for ผ่านดีเยี่ยม). */
  need: number;
}

/** Why the rating is lower than the overall alone would give (from 2566: a tool under 85 or 95). */
export interface RatingHoldBack {
  /** The level the overall score alone reaches. */
  reachable: RatingLevel;
  /** The level actually given. */
  actual: RatingLevel;
  tools: ToolShortfall[];
}

/**
 * Whether a tool score is what holds the rating back: the overall meets a level's floor, but a tool
 * (compared at 2 decimals, as published) is below that level's `minEachTool`. Null when nothing does,
 * or when the scores are unknown.
 */
export function ratingHoldBack(a: Assessment, fw: Framework): RatingHoldBack | null {
  if (a.overall === null || !a.rating) return null;
  const o = round(a.overall, 2);
  const reachable = fw.ratings.find((l) => o >= l.minOverall);
  if (!reachable || reachable === a.rating || reachable.minEachTool === undefined) return null;
  const need = reachable.minEachTool;
  const tools: ToolShortfall[] = [];
  for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
    const score = a.tools[tool];
    if (score !== null && round(score, 2) < need) tools.push({ tool, score, need });
  }
  return tools.length ? { reachable, actual: a.rating, tools } : null;
}

/** Where a tool score stands against the pass mark (85) and the top mark (95). */
export type ToolStanding = 'below' | 'pass' | 'top' | 'unknown';

export function toolStanding(score: number | null, threshold = 85, top = 95): ToolStanding {
  if (score === null) return 'unknown';
  const s = round(score, 2);
  return s >= top ? 'top' : s >= threshold ? 'pass' : 'below';
}

/** The same agency's overall in the latest earlier year of the dataset. */
export interface PreviousYear {
  year: number;
  /** The official overall (published, else computed: officialOverall); null when neither is known. */
  overall: number | null;
  published: boolean;
}

/** The latest fiscal year before `year` in which the dataset holds agency `orgKey`; null when none. */
export function previousYear(ds: Dataset, sb: Scoreboard, orgKey: string, year: number): PreviousYear | null {
  const org = ds.orgs.findIndex((o) => o.key === orgKey);
  let best = -1;
  for (let g = 0; g < sb.groups.count; g++) {
    if (sb.groups.org[g] !== org) continue;
    const y = sb.groups.year[g];
    if (y < year && (best < 0 || y > sb.groups.year[best])) best = g;
  }
  if (best < 0) return null;
  // The same rule as the year shown beside it (officialOverall), so the change compares like with like.
  const source = overallSource(sb, best);
  const overall = source ? officialOverall(sb, best) : null;
  return { year: sb.groups.year[best], overall, published: source === 'published' };
}

/** Every fiscal year in which the dataset holds agency `orgKey`, oldest first. */
export function yearsOfOrg(ds: Dataset, sb: Scoreboard, orgKey: string): number[] {
  const org = ds.orgs.findIndex((o) => o.key === orgKey);
  const years = new Set<number>();
  for (let g = 0; g < sb.groups.count; g++) if (sb.groups.org[g] === org) years.add(sb.groups.year[g]);
  return [...years].sort((a, b) => a - b);
}
