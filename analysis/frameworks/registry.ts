/**
 * Frameworks keyed by fiscal year (BE), and how a year finds its rules.
 */
import { builtinFrameworks } from './builtin';
import type { Framework } from './types';

/** Frameworks keyed by fiscal year (BE), iterated oldest first. */
export type FrameworkRegistry = ReadonlyMap<number, Framework>;

function sortedRegistry(frameworks: Iterable<Framework>): FrameworkRegistry {
  const byYear = new Map<number, Framework>();
  for (const f of frameworks) byYear.set(f.year, f);
  return new Map([...byYear.entries()].sort((a, b) => a[0] - b[0]));
}

/** The built-in frameworks of fiscal years 2562–2568 (BE). */
export const BUILTIN_FRAMEWORKS: FrameworkRegistry = sortedRegistry(builtinFrameworks());

/**
 * The framework of fiscal year `year` (BE): that year's own (`exact: true`), else the latest year below
 * it (`exact: false`), else null (also for a year that is not a finite number).
 */
export function resolveFramework(
  year: number,
  registry: FrameworkRegistry = BUILTIN_FRAMEWORKS,
): { framework: Framework; exact: boolean } | null {
  if (!Number.isFinite(year)) return null;
  const own = registry.get(year);
  if (own) return { framework: own, exact: true };
  let best: Framework | null = null;
  let bestYear = -Infinity;
  for (const [y, f] of registry) {
    if (y < year && y > bestYear) {
      best = f;
      bestYear = y;
    }
  }
  return best ? { framework: best, exact: false } : null;
}

/** A new registry: `base` plus `extra`, a framework in `extra` replacing the same year; oldest first. */
export function withFrameworks(base: FrameworkRegistry, extra: Framework[]): FrameworkRegistry {
  return sortedRegistry([...base.values(), ...extra]);
}
