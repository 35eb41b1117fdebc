/**
 * Look measures up by question/item code and framework year (BE).
 */
import { parseMeasureCode } from './parse-fields';
import type { Effort, Measure, MeasureCatalogue } from './types';

/**
 * The measures for `code` (`E10`, `e๑๐` and `O 17` are read alike) in framework year `year` (BE), in
 * catalogue order. `year` is the year of the framework whose codes are meant (resolve a fiscal year
 * without its own framework first, e.g. with resolveFramework). Empty for an unknown code.
 */
export function measuresFor(catalogue: MeasureCatalogue, code: string, year: number): Measure[] {
  const canonical = parseMeasureCode(code);
  if (canonical === null) return [];
  return catalogue.filter((m) => m.code === canonical && m.years[0] <= year && year <= m.years[1]);
}

/**
 * The lowest effort (1 low … 3 high) among the measures for `code` in framework year `year`: the
 * cheapest known way to improve it, as Path to 85 needs. Undefined when the catalogue has none.
 */
export function effortOf(catalogue: MeasureCatalogue, code: string, year: number): Effort | undefined {
  let best: Effort | undefined;
  for (const m of measuresFor(catalogue, code, year))
    if (best === undefined || m.effort < best) best = m.effort;
  return best;
}
