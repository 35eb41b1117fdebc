/**
 * The lint layer rules hold by resolved path, however an import is spelled (eslint.config.js): a feature
 * never imports another, shared code never imports a feature, analysis/ imports nothing of ours; no cycles.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let eslint: ESLint;
/** The same configuration, also on the files `npm run lint` leaves out (the rule-breaking fixtures). */
let unignored: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
  unignored = new ESLint({ cwd: ROOT, ignore: false });
});

/** Rule ids reported for `code` linted as if it were the file at `path` (repo-relative). */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const GAP_FILE = 'src/features/gap/components/lint-probe.tsx';
const PLAN_MODULE = 'features/plan/components/editor-context';

describe('layer boundaries (eslint-plugin-import-x no-restricted-paths)', () => {
  it.each([
    ['a sibling path', `../../plan/components/editor-context`],
    ['the path alias', `@/${PLAN_MODULE}`],
    ['a path through src/', `../../../${PLAN_MODULE}`],
    ['a path from the repository root', `../../../../src/${PLAN_MODULE}`],
    ['an import of a whole folder file', `@/features/plan/messages`],
  ])('a feature importing another through %s fails', async (_how, spec) => {
    const rules = await rulesFor(
      GAP_FILE,
      `import * as other from '${spec}';\nexport const probe = other;\n`,
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('a feature importing its own modules and the shared layer passes', async () => {
    const code = [
      `import * as own from '../lib/question-rows';`,
      `import * as shared from '@/shared/ui/field';`,
      `import * as core from '@analysis/dataset';`,
      'export const probe = [own, shared, core];',
      '',
    ].join('\n');
    expect(await rulesFor(GAP_FILE, code)).toEqual([]);
  });

  it('shared code importing a feature fails', async () => {
    const rules = await rulesFor(
      'src/shared/ui/lint-probe.tsx',
      `import * as f from '../../features/gap/messages';\nexport const probe = f;\n`,
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('analysis/ importing the app or the Node tools fails', async () => {
    for (const spec of ['../src/shared/ui/field', '../tools/cli/main']) {
      const rules = await rulesFor(
        'analysis/lint-probe.ts',
        `import * as x from '${spec}';\nexport const probe = x;\n`,
      );
      expect(rules).toContain('import-x/no-restricted-paths');
    }
  });
});

describe('no import cycles (import-x/no-cycle)', () => {
  it('two modules importing each other fail', async () => {
    const results = await unignored.lintFiles([join(ROOT, 'test/fixtures/lint/cycle-a.ts')]);
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('import-x/no-cycle');
  });

  it('the fixtures are left out of the ordinary lint run', async () => {
    expect(await eslint.isPathIgnored(join(ROOT, 'test/fixtures/lint/cycle-a.ts'))).toBe(true);
  });
});
