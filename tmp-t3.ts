import { BUILTIN_FRAMEWORKS } from './analysis/frameworks/registry';
import { generateOrganisations } from './analysis/synthetic/organisations';
import { buildYearInputs } from './analysis/synthetic/model';
import { calibrate } from './analysis/synthetic/simulate';
import { YEAR_TARGETS } from './analysis/synthetic/targets';
const orgs = generateOrganisations(2567);
for (const t of YEAR_TARGETS) {
  const t0 = performance.now();
  const inp = buildYearInputs(orgs, t.year, 2567, BUILTIN_FRAMEWORKS.get(t.year)!, t.lagging);
  const t1 = performance.now();
  const { params, result } = calibrate(inp, t);
  const rounds = 0;
  const t2 = performance.now();
  console.log(
    t.year,
    `inputs ${(t1 - t0).toFixed(0)}ms calib ${(t2 - t1).toFixed(0)}ms rounds ${rounds}`,
    'mean',
    result.mean.toFixed(2),
    'pass',
    result.pass.toFixed(2),
    'spread',
    params.spread.toFixed(3),
  );
  console.log(
    '   ind',
    Array.from(result.indicatorMeans.slice(1))
      .map((v) => v.toFixed(2))
      .join(' '),
  );
  console.log(
    '   lvl',
    Array.from(params.level.slice(1))
      .map((v) => v.toFixed(2))
      .join(' '),
  );
}
