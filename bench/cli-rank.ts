/**
 * `npm run bench:cli [-- --runs N] [-- --json]`: the whole `ita rank FILE --format json` process on every
 * year of the synthetic national dataset in one question-level file (~4.9M rows), against a process
 * that only runs PapaParse (header + dynamicTyping) over the same file. Runs alternate; medians, ratio.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const dir = 'data/generated';
const log = (s: string): void => {
  if (!json) console.log(s);
};

if (!existsSync(join(dir, 'questions-2568.csv'))) {
  log('generating the synthetic national dataset …');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-demo-data.ts'], {
    stdio: json ? 'ignore' : 'inherit',
  });
}

/** All years' question files in one CSV (one header), written once next to them. */
async function allYears(): Promise<string> {
  const target = join(dir, 'bench-questions-all-years.csv');
  const parts = readdirSync(dir)
    .filter((f) => /^questions-\d{4}\.csv$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  const newest = Math.max(...parts.map((p) => statSync(p).mtimeMs));
  if (existsSync(target) && statSync(target).mtimeMs > newest) return target;
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(target);
  parts.forEach((p, i) => {
    const text = readFileSync(p, 'utf8');
    const body = i === 0 ? text : text.slice(text.indexOf('\n') + 1);
    out.write(body.endsWith('\n') ? body : `${body}\n`);
  });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return target;
}

/** Wall-clock milliseconds of one whole process; its stdout is read (and dropped) as a user's pipe would. */
function run(cmd: string, argv: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
  return ms;
}

const file = await allYears();
const rows = readFileSync(file).reduce((n, b) => (b === 10 ? n + 1 : n), 0) - 1;
log(
  `data: ${file} — ${(statSync(file).size / 1e6).toFixed(0)} MB, ${rows.toLocaleString('en')} rows; ${runs} runs each`,
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ita: number[] = [];
const papa: number[] = [];
for (let i = 0; i < runs; i++) {
  ita.push(run(npm, ['run', '--silent', 'ita', '--', 'rank', file, '--format', 'json']));
  papa.push(run(process.execPath, ['bench/papa-only.mjs', file]));
}
const mi = median(ita);
const mp = median(papa);
if (json) {
  console.log(
    JSON.stringify(
      {
        file,
        rows,
        runs,
        ita_rank_ms: ita,
        papaparse_only_ms: papa,
        ita_median_ms: mi,
        papaparse_median_ms: mp,
        ratio: mi / mp,
      },
      null,
      2,
    ),
  );
} else {
  log('\n| whole process on every year in one file | median | vs PapaParse-only |');
  log('|---|---|---|');
  log(
    `| \`npm run --silent ita -- rank FILE --format json\` | ${(mi / 1000).toFixed(2)} s | ${(mi / mp).toFixed(2)}× |`,
  );
  log(`| a script that only runs PapaParse (header + dynamicTyping) | ${(mp / 1000).toFixed(2)} s | 1× |`);
}
