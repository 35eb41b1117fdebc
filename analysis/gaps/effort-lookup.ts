import { effortOf } from '../measures/query';
import type { MeasureCatalogue } from '../measures/types';
import type { Effort } from './effort';

const cache = new WeakMap<MeasureCatalogue, Map<number, Map<string, Effort | undefined>>>();

/**
 * `effortOf` for one catalogue and framework year, remembered per code: the path asks for every code of
 * every agency, and a national file has thousands of agencies (each look-up scans the whole catalogue).
 * A catalogue is read-only (`MeasureCatalogue`), so what was looked up stays true for it.
 */
export function effortLookup(
  catalogue: MeasureCatalogue,
  year: number,
): (code: string) => Effort | undefined {
  let years = cache.get(catalogue);
  if (!years) cache.set(catalogue, (years = new Map()));
  let codes = years.get(year);
  if (!codes) years.set(year, (codes = new Map()));
  const known = codes;
  return (code) => {
    if (known.has(code)) return known.get(code);
    const e = effortOf(catalogue, code, year);
    known.set(code, e);
    return e;
  };
}
