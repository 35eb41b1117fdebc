import { BUILTIN_FRAMEWORKS } from './analysis/frameworks/registry';
import { generateOrganisations } from './analysis/synthetic/organisations';
import { buildYearInputs } from './analysis/synthetic/model';
import { fitLevels } from './analysis/synthetic/simulate';
import { YEAR_TARGETS } from './analysis/synthetic/targets';
const orgs = generateOrganisations(2567);
const years = process.argv.slice(2).map(Number);
for (const t of YEAR_TARGETS.filter((t) => years.includes(t.year))) {
  console.log(t.year, 'target pass', t.pass);
  const inp = buildYearInputs(orgs, t.year, 2567, BUILTIN_FRAMEWORKS.get(t.year)!);
  for (const s of [0.6, 1, 1.5]) {
    const row: string[] = [];
    for (const L of [0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6]) {
      const level = new Float64Array(11);
      for (let k = 1; k <= 10; k++) {
        const v = t.indicators[k - 1];
        level[k] = k <= 8 ? Math.log(100 - v) - 0.2 : Math.log(v / (100 - v)) + 0.5;
      }
      const values = new Float64Array(inp.orgIndex.length * inp.slots.length);
      const p = fitLevels(inp, t, { level, spread: s, lapseRate: t.oitLapse, lagShare: L }, values);
      row.push(p.toFixed(1));
    }
    console.log('  s', s, row.join('  '));
  }
}
