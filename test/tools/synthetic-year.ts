import {
  DEFAULT_SEED,
  generateOrganisations,
  generateYear,
  organisationsCsv,
  questionCsvChunks,
} from '../../tools/synthetic';

const cache = new Map<number, { questions: Uint8Array; organisations: Uint8Array }>();

/** One synthetic national year as CSV bytes, generated in memory (no dependence on data/generated). */
export function syntheticYearFiles(year: number): { questions: Uint8Array; organisations: Uint8Array } {
  const hit = cache.get(year);
  if (hit) return hit;
  const orgs = generateOrganisations(DEFAULT_SEED);
  const data = generateYear(orgs, year, { seed: DEFAULT_SEED });
  const enc = new TextEncoder();
  const files = {
    questions: enc.encode([...questionCsvChunks(data, orgs)].join('')),
    organisations: enc.encode(organisationsCsv(orgs)),
  };
  cache.set(year, files);
  return files;
}
