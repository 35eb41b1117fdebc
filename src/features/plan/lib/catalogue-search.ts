import type { Measure, MeasureCatalogue } from '@analysis/measures/types';
import { toArabicDigits } from '@analysis/text/thai-digits';

/** Text as the search compares it: Arabic digits, lower case, no spaces (Thai is written without them). */
export function normalise(s: string): string {
  return toArabicDigits(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s\u200b-\u200d]+/g, '');
}

export interface CatalogueQuery {
  /** What the user typed: a code (`E10`, `e๑๐`, `O 17`) or words of a title or step. */
  text: string;
  /** Codes of the issue the measure is for: their measures come first (and alone when `text` is empty). */
  codes: readonly string[];
  /** Fiscal year (BE) whose framework the codes belong to: measures of other years are left out. */
  year: number;
  /** Catalogue ids already in the plan (marked, still listed). */
  limit?: number;
}

export interface CatalogueHits {
  items: Measure[];
  /** How many matched in all (items holds at most `limit`). */
  total: number;
}

const CODE = /^[ieo]\d{1,3}$/;

/**
 * Measures for the add-from-catalogue list. With no text: the measures of the codes. With text:
 * every measure of that year whose code is the text (`e10`) or whose title, steps, unit or evidence
 * contain it, the codes first, then catalogue order.
 */
export function searchCatalogue(catalogue: MeasureCatalogue, q: CatalogueQuery): CatalogueHits {
  const needle = normalise(q.text);
  const mine = new Set(q.codes.map((c) => normalise(c)));
  const inYear = catalogue.filter((m) => m.years[0] <= q.year && q.year <= m.years[1]);
  let hits: Measure[];
  if (!needle) hits = inYear.filter((m) => mine.has(normalise(m.code)));
  else if (CODE.test(needle)) hits = inYear.filter((m) => normalise(m.code) === needle);
  else
    hits = inYear.filter((m) =>
      normalise(
        [m.code, m.id, m.titleTh, m.titleEn, ...m.stepsTh, ...m.stepsEn, m.unitTh, m.evidenceTh].join(' '),
      ).includes(needle),
    );
  const first = hits.filter((m) => mine.has(normalise(m.code)));
  const rest = hits.filter((m) => !mine.has(normalise(m.code)));
  const all = [...first, ...rest];
  return { items: all.slice(0, q.limit ?? 30), total: all.length };
}
