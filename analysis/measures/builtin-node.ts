/**
 * The built-in measures catalogue for Node (CLI, tests): reads data/measures/catalogue.csv from disk.
 * The app imports the same file with Vite's `?raw` and calls parseCatalogue itself; only `-node.ts`
 * files in analysis/ may touch node:fs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../ingest/decode';
import { parseCatalogue } from './parse-catalogue';
import type { CatalogueResult } from './types';

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
