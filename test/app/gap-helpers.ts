/** Shared fixtures of the gap analysis tests: the two real examples and small synthetic agencies. */
import type { Analysis } from '@analysis/analyse';
import { analyseAll } from '@analysis/analyse';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { analyseText, indicatorCsv, repoBytes, SEED001 } from '../helpers';

function one(list: Analysis[]): Analysis {
  const [a] = list;
  if (!a) throw new Error('no analysis');
  return a;
}

/** Seed 001: เทศบาลเมืองสะเตงนอก 2567, indicator scores only (92.69, ผ่านดี). */
export function seed001(): Analysis {
  return one(analyseText(indicatorCsv(SEED001)));
}

/** Seed 004: อบต.ห้วยจรเข้ 2566, some question scores with negative shares (overall unknown). */
export function seed004(): Analysis {
  const ds = ingest(
    [{ name: 'huai.csv', bytes: repoBytes('data/examples/huai-chorakhe-2566-questions.csv') }],
    { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
  );
  return one(analyseAll(ds, scoreAll(ds)));
}

/** One agency-year from ten indicator scores. */
export function fromIndicators(values: readonly number[], year = 2567): Analysis {
  return one(analyseText(indicatorCsv(values, year)));
}
