import type { Dataset } from './dataset';
import type { Framework } from './frameworks/types';
import { pathToTarget, type PathOptions, type PathResult } from './gaps/path';
import { nextTarget, parseTarget, type Target } from './gaps/target';
import { assess } from './scoring/assess';
import type { Assessment } from './scoring/assessment';
import type { Scoreboard } from './scoring/score-all';

export interface AnalyseOptions {
  /** Keep only this organisation (matched against id, then name). */
  org?: string;
  /** Keep only this fiscal year (BE). */
  year?: number;
  /** Target for the path: a score or a rating code; default the next rating level up (at least pass). */
  target?: string;
  path?: PathOptions;
}

export interface Analysis {
  assessment: Assessment;
  framework: Framework;
  target: Target | null;
  path: PathResult | null;
}

/** Whether group g of a scoreboard matches the --org/--year filters. */
export function groupMatches(
  ds: Dataset,
  sb: Scoreboard,
  g: number,
  opts: Pick<AnalyseOptions, 'org' | 'year'>,
): boolean {
  if (opts.year !== undefined && sb.groups.year[g] !== opts.year) return false;
  if (opts.org !== undefined) {
    const o = ds.orgs[sb.groups.org[g]];
    if (!o || (o.id !== opts.org && o.name !== opts.org)) return false;
  }
  return true;
}

/**
 * One analysis per organisation × year: the assessment and the cheapest path to the target.
 * An unknown target text yields `target: null` (the caller reports it).
 */
export function analyseAll(ds: Dataset, sb: Scoreboard, opts: AnalyseOptions = {}): Analysis[] {
  const out: Analysis[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    if (!groupMatches(ds, sb, g, opts)) continue;
    const framework = sb.frameworks[g];
    const assessment = framework ? assess(ds, sb, g) : null;
    if (!framework || !assessment) continue;
    const target =
      opts.target !== undefined
        ? parseTarget(opts.target, framework)
        : nextTarget(framework, assessment.rating);
    const path = target ? pathToTarget(assessment, framework, target, opts.path) : null;
    out.push({ assessment, framework, target, path });
  }
  return out;
}
