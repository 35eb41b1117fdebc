import type { Framework } from '../frameworks/types';
import type { RuleChange } from './types';

/** The OIT list of a framework as one comparable string (item code and sub-indicator of each item). */
function oitSignature(fw: Framework): string {
  return fw.oitItems.map((i) => `${i.code}:${i.subIndicator}`).join(',');
}

/**
 * Where the rules change between consecutive fiscal years (BE) of a trend: the rating scheme (AA–F to the
 * pass-based levels in 2566) and the OIT item list. `frameworks` gives the rules applied to each year,
 * oldest first; a year without rules (null) is skipped, so a change is found across it.
 */
export function ruleChanges(
  frameworks: readonly { year: number; framework: Framework | null }[],
): RuleChange[] {
  const out: RuleChange[] = [];
  let prev: Framework | null = null;
  for (const { year, framework } of frameworks) {
    if (!framework) continue;
    if (prev && prev !== framework) {
      const rating = prev.ratingScheme !== framework.ratingScheme;
      const oit = oitSignature(prev) !== oitSignature(framework);
      if (rating || oit) out.push({ year, rating, oit, from: prev.ratingScheme, to: framework.ratingScheme });
    }
    prev = framework;
  }
  return out;
}
