import type { Dataset } from './dataset';
import type { Framework } from './frameworks/types';
import { pathToTarget, type PathOptions, type PathResult } from './gaps/path';
import { nextTarget, parseTarget, type Target } from './gaps/target';
import { assess } from './scoring/assess';
import type { Assessment } from './scoring/assessment';
import type { Scoreboard } from './scoring/score-all';
import { measuresFor } from './measures/query';
import { effortLookup } from './gaps/effort-lookup';
import type { Measure, MeasureCatalogue } from './measures/types';

export interface AnalyseOptions {
  /** Keep only this organisation (matched against id, then name). */
  org?: string;
  /** Keep only this fiscal year (BE). */
  year?: number;
  /** Target for the path: a score or a rating code; default the next rating level up (at least pass). */
  target?: string;
  path?: PathOptions;
  /** Measures catalogue: supplies effort levels to the path and suggested measures for weak codes. */
  catalogue?: MeasureCatalogue;
}

export interface Analysis {
  assessment: Assessment;
  framework: Framework;
  target: Target | null;
  path: PathResult | null;
  /** Suggested measures for the path's codes first, then for the other weak codes (catalogue order within a code). */
  measures: Measure[];
}

/** Measures for the codes a working group should act on: the path's, then the other weak ones. */
function suggestedMeasures(
  catalogue: MeasureCatalogue | undefined,
  fwYear: number,
  codes: readonly string[],
): Measure[] {
  if (!catalogue) return [];
  const seen = new Set<string>();
  const out: Measure[] = [];
  for (const code of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    out.push(...measuresFor(catalogue, code, fwYear));
  }
  return out;
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

/** The scoreboard group of an organisation (by OrgInfo.key) in a fiscal year; -1 when absent. */
export function findGroup(ds: Dataset, sb: Scoreboard, orgKey: string, year: number): number {
  for (let g = 0; g < sb.groups.count; g++) {
    if (sb.groups.year[g] === year && ds.orgs[sb.groups.org[g]]?.key === orgKey) return g;
  }
  return -1;
}

/** The analysis of one group (see analyseAll for what it holds); null when its year has no framework. */
export function analyseGroup(
  ds: Dataset,
  sb: Scoreboard,
  g: number,
  opts: Omit<AnalyseOptions, 'org' | 'year'> = {},
): Analysis | null {
  const framework = sb.frameworks[g];
  const assessment = framework ? assess(ds, sb, g) : null;
  if (!framework || !assessment) return null;
  const target =
    opts.target !== undefined
      ? parseTarget(opts.target, framework)
      : nextTarget(framework, assessment.rating);
  const catalogue = opts.catalogue;
  const pathOpts: PathOptions = catalogue
    ? { effortOf: effortLookup(catalogue, framework.year), ...opts.path }
    : (opts.path ?? {});
  const path = target ? pathToTarget(assessment, framework, target, pathOpts) : null;
  const codes = [...(path?.steps ?? []).map((s) => s.code), ...assessment.weak];
  return {
    assessment,
    framework,
    target,
    path,
    measures: suggestedMeasures(catalogue, framework.year, codes),
  };
}

/**
 * One analysis per organisation × year: the assessment and the cheapest path to the target.
 * An unknown target text yields `target: null` (the caller reports it).
 */
export function analyseAll(ds: Dataset, sb: Scoreboard, opts: AnalyseOptions = {}): Analysis[] {
  const out: Analysis[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    if (!groupMatches(ds, sb, g, opts)) continue;
    const x = analyseGroup(ds, sb, g, opts);
    if (x) out.push(x);
  }
  return out;
}
