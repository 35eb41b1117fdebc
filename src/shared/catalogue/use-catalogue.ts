import { useQuery } from '@tanstack/react-query';
import { mergeCatalogues } from '@analysis/measures/merge';
import { parseCatalogue } from '@analysis/measures/parse-catalogue';
import type { CatalogueResult } from '@analysis/measures/types';
import { useUserCatalogue, type UserCatalogue } from './user-catalogue';

export const BUILTIN_CATALOGUE_NAME = 'data/measures/catalogue.csv';

/** The built-in measures catalogue, loaded (as text, in its own chunk) only when a view asks for it. */
export async function loadBuiltinCatalogue(): Promise<CatalogueResult> {
  const mod = await import('@data/measures/catalogue.csv?raw');
  return parseCatalogue(mod.default.replace(/^\uFEFF/, ''), BUILTIN_CATALOGUE_NAME);
}

/** The catalogue views use: the built-in one joined with the user's (its problems reported beside). */
export async function loadCatalogue(
  user: UserCatalogue | null,
): Promise<CatalogueResult & { userProblems: CatalogueResult['problems'] }> {
  const builtin = await loadBuiltinCatalogue();
  if (!user) return { ...builtin, userProblems: [] };
  const mine = parseCatalogue(user.text.replace(/^\uFEFF/, ''), user.name);
  return {
    measures: mergeCatalogues(builtin.measures, mine.measures, user.mode),
    problems: builtin.problems,
    userProblems: mine.problems,
  };
}

/** The catalogue for components (cached; reloaded when the user's catalogue changes). */
export function useCatalogue() {
  const user = useUserCatalogue();
  return useQuery({
    queryKey: ['catalogue', user?.name ?? null, user?.mode ?? null, user?.loadedAt ?? 0],
    queryFn: () => loadCatalogue(user),
    staleTime: Infinity,
  });
}
