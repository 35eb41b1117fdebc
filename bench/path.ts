/**
 * `npx tsx bench/path.ts [--year YYYY] [--runs N]`: time of the path to the target for every agency of
 * one synthetic national year (question level, the demo dataset), as `ita analyse` and the gap view
 * compute it: the assessments are made once, then only pathToTarget is timed (default target, the
 * built-in catalogue's efforts, looked up as analyseGroup does). Medians of N runs after a warm-up; also a summary of what the paths did.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToTarget, type PathResult } from '../analysis/gaps/path';
import { nextTarget } from '../analysis/gaps/target';
import { ingest } from '../analysis/ingest/ingest';
import { effortLookup } from '../analysis/gaps/effort-lookup';
import { assess } from '../analysis/scoring/assess';
import type { Assessment } from '../analysis/scoring/assessment';
import { scoreAll } from '../analysis/scoring/score-all';
import { loadBuiltinCatalogue } from '../tools/node/builtin-catalogue';
import { time } from './stats';

const args = process.argv.slice(2);
const arg = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const year = arg('--year') ?? 2567;
const runs = arg('--runs') ?? 5;
const qFile = `data/generated/questions-${year}.csv`;
if (!existsSync(qFile)) execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-demo-data.ts']);
const ds = ingest([{ name: 'q.csv', bytes: new Uint8Array(readFileSync(qFile)) }]);
const sb = scoreAll(ds);
const catalogue = loadBuiltinCatalogue().measures;
const jobs: { a: Assessment; run: () => PathResult | null }[] = [];
for (let g = 0; g < sb.groups.count; g++) {
  const fw = sb.frameworks[g];
  const a = fw ? assess(ds, sb, g) : null;
  if (!fw || !a) continue;
  const target = nextTarget(fw, a.rating);
  if (!target) continue;
  const opts = { effortOf: effortLookup(catalogue, fw.year) };
  jobs.push({ a, run: () => pathToTarget(a, fw, target, opts) });
}
const t = time(`pathToTarget × ${jobs.length} agencies (${year})`, () => jobs.map((j) => j.run()), runs);
const paths = jobs.map((j) => j.run());
const steps = paths.map((p) => p?.steps.length ?? 0);
const reached = paths.filter((p) => p?.reached).length;
// A four-level question or an IIT/EIT indicator pushed to 100 (yes/no questions and OIT may go there).
let at100 = 0;
paths.forEach((p, k) => {
  const a = jobs[k]?.a;
  for (const s of p?.steps ?? []) {
    const scale = a?.codes.find((c) => c.code === s.code)?.scale;
    const perception = s.kind === 'question' ? scale !== 'YN' : s.kind === 'indicator' && s.tool !== 'OIT';
    if (perception && s.to >= 100) at100++;
  }
});
const at85 = paths.reduce((n, p) => n + (p?.steps.filter((s) => s.to === 85).length ?? 0), 0);
console.log(
  `${t.name}: median ${t.median.toFixed(1)} ms (${((t.median / jobs.length) * 1000).toFixed(1)} µs an agency; runs ${t.runs.map((r) => r.toFixed(0)).join(' ')})`,
);
console.log(
  `reached ${reached}/${jobs.length}; steps per path mean ${(steps.reduce((s, x) => s + x, 0) / steps.length).toFixed(1)}, max ${Math.max(...steps)}; four-level questions or IIT/EIT indicators raised to 100: ${at100}; steps ending at exactly 85.00: ${at85}`,
);
