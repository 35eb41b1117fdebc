/** Plans drafted from seed 004's data (อบต.ห้วยจรเข้, ITA 2566), shared by the plan tests. */
import { analyseAll } from '@analysis/analyse';
import { ingest } from '@analysis/ingest/ingest';
import { buildPlan } from '@analysis/plans/build-plan';
import { scoreAll } from '@analysis/scoring/score-all';
import { loadBuiltinCatalogue } from '../../tools/node/builtin-catalogue';
import { repoBytes } from '../helpers';

export const catalogue = loadBuiltinCatalogue().measures;

/** The analysis of seed 004's data. */
export function seed004Analysis() {
  const ds = ingest(
    [{ name: 'huai.csv', bytes: repoBytes('data/examples/huai-chorakhe-2566-questions.csv') }],
    { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
  );
  const [x] = analyseAll(ds, scoreAll(ds), { catalogue });
  if (!x) throw new Error('no analysis');
  return x;
}

export const seed004Plan = (weakOnly = false) => buildPlan(seed004Analysis(), catalogue, { weakOnly });

/** The seven issue headings of seed 004's plan, in its order (the NACC's standard headings). */
export const SEED004_HEADINGS = [
  'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
  'การให้บริการและระบบ E-Service',
  'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
  'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ',
  'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
  'กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
  'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
];
