/**
 * The path aliases of the app and its tests, in one place for Vite (both builds and the workers they
 * bundle) and Vitest: `@/…` is `src/…`, `@analysis/…` is `analysis/…`, `@data/…` is `data/…` (bundled files). tsconfig.json's `paths` say the same
 * for TypeScript and the lint resolver; test/scripts/path-aliases.test.ts holds the two in step.
 */
import { join } from 'node:path';
import type { Alias } from 'vite';

const ROOT = join(import.meta.dirname, '..');

/** Alias prefix → folder under the repository root. */
export const PATH_ALIASES: Readonly<Record<string, string>> = {
  '@': 'src',
  '@analysis': 'analysis',
  '@data': 'data',
};

/** The aliases as Vite's `resolve.alias` entries (`@/x` only: a scoped package such as `@tanstack/…` is left alone). */
export function viteAliases(root = ROOT): Alias[] {
  return Object.entries(PATH_ALIASES).map(([prefix, dir]) => ({
    find: new RegExp(`^${prefix}/`),
    replacement: `${join(root, dir)}/`,
  }));
}
