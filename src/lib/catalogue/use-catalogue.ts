import { useQuery } from '@tanstack/react-query';
import { parseCatalogue } from '../../../analysis/measures/parse-catalogue';
import type { CatalogueResult } from '../../../analysis/measures/types';

export const BUILTIN_CATALOGUE_NAME = 'data/measures/catalogue.csv';

/** The built-in measures catalogue, loaded (as text, in its own chunk) only when a view asks for it. */
export async function loadBuiltinCatalogue(): Promise<CatalogueResult> {
  const mod = await import('../../../data/measures/catalogue.csv?raw');
  return parseCatalogue(mod.default.replace(/^\uFEFF/, ''), BUILTIN_CATALOGUE_NAME);
}

/** The built-in catalogue for components (cached for the session). */
export function useCatalogue() {
  return useQuery({ queryKey: ['catalogue', 'builtin'], queryFn: loadBuiltinCatalogue, staleTime: Infinity });
}
