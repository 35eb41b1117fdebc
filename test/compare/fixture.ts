import { ingest } from '@analysis/ingest/ingest';
import type { Dataset } from '@analysis/dataset';
import { scoreAll, type Scoreboard } from '@analysis/scoring/score-all';

/** Six agencies in two provinces and three types; indicator scores for 2566 and 2567 (small, by hand). */
export const ORGS = [
  'org_id,org_name,org_type,province,district',
  'A1,องค์การบริหารส่วนตำบลบ้านใหม่,องค์การบริหารส่วนตำบล,เชียงใหม่,เมืองเชียงใหม่',
  'A2,องค์การบริหารส่วนตำบลหนองบัว,องค์การบริหารส่วนตำบล,เชียงใหม่,สันทราย',
  'A3,เทศบาลตำบลท่าช้าง,เทศบาลตำบล,เชียงใหม่,สันทราย',
  'B1,องค์การบริหารส่วนตำบลบ้านใหม่,องค์การบริหารส่วนตำบล,ลำปาง,เมืองลำปาง',
  'B2,เทศบาลเมืองเขลางค์,เทศบาลเมือง,ลำปาง,เมืองลำปาง',
  'B3,เทศบาลตำบลเวียง,เทศบาลตำบล,ลำปาง,เถิน',
].join('\n');

/** Indicators 1–10 of each agency: every indicator at the same score, so the overall equals it. */
export const OVERALL_2567: Record<string, number> = { A1: 90, A2: 80, A3: 90, B1: 70, B2: 95, B3: 84.996 };
export const OVERALL_2566: Record<string, number> = { A1: 85, A2: 82, B2: 90, B3: 80 };

function indicatorRows(year: number, overall: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [org, v] of Object.entries(overall))
    for (let i = 1; i <= 10; i++) out.push(`${org},${year},${i},${v}`);
  return out;
}

export function smallDataset(): { ds: Dataset; sb: Scoreboard } {
  const enc = new TextEncoder();
  const scores = [
    'org_id,year,code,score',
    ...indicatorRows(2566, OVERALL_2566),
    ...indicatorRows(2567, OVERALL_2567),
  ].join('\n');
  const ds = ingest([
    { name: 'organisations.csv', bytes: enc.encode(ORGS) },
    { name: 'scores.csv', bytes: enc.encode(scores) },
  ]);
  return { ds, sb: scoreAll(ds) };
}
