/**
 * The `ita` command as a process, for the CLI tests. tsx compiles the TypeScript on every start (about
 * 0.7 s of CPU a run, 36 runs in the suite); the tests instead run one bundle of the same sources, built
 * once per test process with esbuild (tsx's own compiler) into node_modules/.ita-test/, two folders below
 * the repository root as tools/cli/main.ts is, so the CLI finds data/ and its packages as it does
 * there. `itaViaTsx` runs the real entry point the README documents.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { repoPath } from '../../helpers';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let bundle: string | null = null;

function cliBundle(): string {
  if (bundle) return bundle;
  const dir = repoPath('node_modules/.ita-test');
  mkdirSync(dir, { recursive: true });
  // Bundles of test processes that are gone (a worker ends without running exit handlers) are removed.
  for (const name of readdirSync(dir)) {
    const pid = Number(/^cli-(\d+)\.mjs$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(dir, name), { force: true });
  }
  const out = join(dir, `cli-${process.pid}.mjs`);
  buildSync({
    entryPoints: [repoPath('tools/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
  process.on('exit', () => rmSync(out, { force: true }));
  bundle = out;
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function run(argv: string[]): Run {
  const r = spawnSync(process.execPath, argv, { cwd: repoPath('.'), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run `ita …` (the bundled sources). */
export function ita(...args: string[]): Run {
  return run([cliBundle(), ...args]);
}

/** Run `ita …` through tsx, exactly as `npm run ita` does. */
export function itaViaTsx(...args: string[]): Run {
  return run(['--import', 'tsx', repoPath('tools/cli/main.ts'), ...args]);
}
