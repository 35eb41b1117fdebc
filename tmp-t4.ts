import { BUILTIN_FRAMEWORKS } from './analysis/frameworks/registry';
import { generateOrganisations } from './analysis/synthetic/organisations';
import { buildYearInputs } from './analysis/synthetic/model';
import { calibrate } from './analysis/synthetic/simulate';
import { YEAR_TARGETS } from './analysis/synthetic/targets';
const orgs = generateOrganisations(2567);
const years = process.argv.slice(2).map(Number);
for (const t of YEAR_TARGETS.filter((t) => years.includes(t.year))) {
  const inp = buildYearInputs(orgs, t.year, 2567, BUILTIN_FRAMEWORKS.get(t.year)!, t.lagging);
  const { params, result } = calibrate(inp, t);
  console.log(
    t.year,
    'mean',
    result.mean.toFixed(2),
    'pass',
    result.pass.toFixed(2),
    'spread',
    params.spread.toFixed(3),
  );
  const n = inp.orgIndex.length;
  const hist = (get: (r: number) => number, label: string) => {
    const bins = new Array(11).fill(0);
    for (let r = 0; r < n; r++) {
      const v = get(r);
      bins[Math.min(10, Math.floor(v / 10))]++;
    }
    console.log('  ', label.padEnd(8), bins.map((b) => ((100 * b) / n).toFixed(1).padStart(5)).join(''));
  };
  hist((r) => result.overall[r], 'overall');
  const tool = (r: number, ks: number[]) =>
    ks.reduce((a, k) => a + result.indicators[r * 11 + k], 0) / ks.length;
  hist((r) => tool(r, [1, 2, 3, 4, 5]), 'IIT');
  hist((r) => tool(r, [6, 7, 8]), 'EIT');
  hist((r) => tool(r, [9, 10]), 'OIT');
  hist((r) => result.indicators[r * 11 + 10], 'ind10');
  // year-to-year later
  const sorted = Array.from(result.overall).sort((a, b) => a - b);
  console.log(
    '   pct 1/5/10/25/50/75/90:',
    [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9].map((p) => sorted[Math.floor(p * n)].toFixed(1)).join(' '),
  );
}
