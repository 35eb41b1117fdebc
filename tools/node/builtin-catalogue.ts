/**
 * The built-in measures catalogue for Node (CLI, tests): reads data/measures/catalogue.csv from disk.
 * The app imports the same file with Vite's `?raw` and calls parseCatalogue itself; analysis/ itself
 * never touches node:*, so this reader lives in tools/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../analysis/ingest/decode';
import { parseCatalogue } from '../../analysis/measures/parse-catalogue';
import type { CatalogueResult } from '../../analysis/measures/types';

/** Name the built-in catalogue carries in problems and in each measure's `sourceFile`. */
export const BUILTIN_CATALOGUE_NAME = 'data/measures/catalogue.csv';

/** Absolute path of the built-in catalogue file. */
export const BUILTIN_CATALOGUE_PATH = fileURLToPath(
  new URL('../../data/measures/catalogue.csv', import.meta.url),
);

/** Read and parse the built-in catalogue (a fresh copy each call); problems are empty when the file is sound. */
export function loadBuiltinCatalogue(): CatalogueResult {
  const { text } = decodeBytes(new Uint8Array(readFileSync(BUILTIN_CATALOGUE_PATH)));
  return parseCatalogue(text, BUILTIN_CATALOGUE_NAME);
}
