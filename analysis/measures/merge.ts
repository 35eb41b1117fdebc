/**
 * Join a user's catalogue to the built-in one.
 */
import type { Measure, MeasureCatalogue, MergeMode } from './types';

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * A new catalogue: `base` joined with `user`.
 * - `add`: every user measure is added; one whose id is already in `base` takes that measure's place.
 * - `replace`: as `add`, and every base measure of a code the user's file has is dropped for the years
 *   the user's measures of that code cover (e.g. a user's O17 measures for 2566–2567 replace the
 *   built-in O17 measures of 2566–2567, but not the O17 measures of 2562–2565, a different item).
 * User measures whose id repeats an earlier user measure are skipped (parseCatalogue reports those).
 */
export function mergeCatalogues(base: MeasureCatalogue, user: MeasureCatalogue, mode: MergeMode): Measure[] {
  const userById = new Map<string, Measure>();
  for (const m of user) if (!userById.has(m.id)) userById.set(m.id, m);
  const covered = (b: Measure): boolean =>
    mode === 'replace' && user.some((u) => u.code === b.code && overlaps(u.years, b.years));
  const out: Measure[] = [];
  const placed = new Set<string>();
  for (const b of base) {
    const replacement = userById.get(b.id);
    if (replacement && !covered(b)) {
      out.push(replacement);
      placed.add(b.id);
    } else if (!replacement && !covered(b)) out.push(b);
  }
  for (const u of userById.values()) if (!placed.has(u.id)) out.push(u);
  return out;
}
