import huaiChorakhe from '@data/examples/huai-chorakhe-2566-questions.csv?raw';
import satengnok from '@data/examples/satengnok-2567-indicators.csv?raw';
import type { ExampleId, ReadOptions } from './types';

/** A real published example bundled with the app, with the document it was taken from. */
export interface Example {
  id: ExampleId;
  fileName: string;
  text: string;
  titleTh: string;
  titleEn: string;
  levelTh: string;
  levelEn: string;
  /** The public document the figures come from. */
  sourceTh: string;
  sourceEn: string;
  /** The files hold no agency or year column: the app supplies them. */
  options: Required<Pick<ReadOptions, 'orgName' | 'year'>>;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'satengnok-2567',
    fileName: 'satengnok-2567-indicators.csv',
    text: satengnok,
    titleTh: 'เทศบาลเมืองสะเตงนอก ปีงบประมาณ 2567',
    titleEn: 'Sateng Nok Town Municipality, fiscal year 2567',
    levelTh: 'คะแนนรายตัวชี้วัด 10 ตัว',
    levelEn: 'Scores of the 10 indicators',
    sourceTh: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส เทศบาลเมืองสะเตงนอก ปีงบประมาณ 2567',
    sourceEn:
      'Report on the measures to promote integrity and transparency, Sateng Nok Town Municipality, fiscal year 2567',
    options: { orgName: 'เทศบาลเมืองสะเตงนอก', year: 2567 },
  },
  {
    id: 'huai-chorakhe-2566',
    fileName: 'huai-chorakhe-2566-questions.csv',
    text: huaiChorakhe,
    titleTh: 'อบต.ห้วยจรเข้ ปีงบประมาณ 2566',
    titleEn: 'Huai Chorakhe Subdistrict Administrative Organisation, fiscal year 2566',
    levelTh: 'คะแนนรายข้อคำถามที่ต่ำกว่าเกณฑ์',
    levelEn: 'Scores of the questions below the pass mark',
    sourceTh: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน อบต.ห้วยจรเข้ ปีงบประมาณ 2566',
    sourceEn: 'Internal measures to promote integrity and transparency, Huai Chorakhe SAO, fiscal year 2566',
    options: { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
  },
];

export function exampleById(id: ExampleId): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
