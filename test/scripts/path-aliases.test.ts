import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_ALIASES, viteAliases } from '../../scripts/path-aliases';

const ROOT = join(import.meta.dirname, '..', '..');

describe('path aliases', () => {
  it('tsconfig.json paths name the same folders as the Vite/Vitest aliases', () => {
    const ts = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTs = Object.fromEntries(
      Object.entries(ts.compilerOptions.paths).map(([k, [v]]) => [
        k.replace(/\/\*$/, ''),
        v?.replace(/^\.\/|\/\*$/g, ''),
      ]),
    );
    expect(fromTs).toEqual(PATH_ALIASES);
  });

  it('rewrites `@/x` and `@analysis/x` but leaves scoped packages alone', () => {
    const aliases = viteAliases('/repo');
    const apply = (id: string) => {
      for (const a of aliases) if ((a.find as RegExp).test(id)) return id.replace(a.find, a.replacement);
      return id;
    };
    expect(apply('@/shared/ui/field')).toBe('/repo/src/shared/ui/field');
    expect(apply('@analysis/dataset')).toBe('/repo/analysis/dataset');
    expect(apply('@tanstack/react-query')).toBe('@tanstack/react-query');
  });
});
