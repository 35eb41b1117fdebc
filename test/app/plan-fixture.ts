/** The plan drafted from seed 004's data (อบต.ห้วยจรเข้, ITA 2566), shared by the plan and report tests. */
import { analyseAll } from '@analysis/analyse';
import { ingest } from '@analysis/ingest/ingest';
import { loadBuiltinCatalogue } from '../../tools/node/builtin-catalogue';
import { buildPlan } from '@analysis/plans/build-plan';
import type { Plan } from '@analysis/plans/types';
import { scoreAll } from '@analysis/scoring/score-all';
import { repoBytes } from '../helpers';

export const catalogue = loadBuiltinCatalogue().measures;

export function seedPlan(): Plan {
  const ds = ingest(
    [{ name: 'huai.csv', bytes: repoBytes('data/examples/huai-chorakhe-2566-questions.csv') }],
    { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
  );
  const [x] = analyseAll(ds, scoreAll(ds), { catalogue });
  if (!x) throw new Error('no analysis');
  return buildPlan(x, catalogue);
}
