/**
 * The seven standard issues (ประเด็น) that agencies' measures plans are grouped under, in their order
 * (seed 004's (๑)–(๗); seed 001's report uses the same list), and which heading each IIT/EIT question and
 * OIT item belongs to. The mapping is our reading of the seeds and the indicator structure, kept as data
 * (shared/domain/ITA.md "How real plans are organised"): questions by code (the same in every year),
 * OIT items by title (titles recur across years under new numbers), with a fallback by sub-indicator for
 * an item a user's framework file adds.
 */
import type { Framework } from './types';

export interface IssueHeading {
  /** 1–7: the position in the standard order. */
  no: number;
  /** Stable id of the plan issue drafted under this heading. */
  id: string;
  titleTh: string;
  titleEn: string;
}

export const ISSUE_HEADINGS: readonly IssueHeading[] = [
  {
    no: 1,
    id: 'h1',
    titleTh: 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
    titleEn: 'Transparent and efficient work processes',
  },
  { no: 2, id: 'h2', titleTh: 'การให้บริการและระบบ E-Service', titleEn: 'Service and E-Service' },
  {
    no: 3,
    id: 'h3',
    titleTh: 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
    titleEn: 'Channels and forms of publishing public information',
  },
  {
    no: 4,
    id: 'h4',
    titleTh: 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ',
    titleEn: 'Oversight of the use of government property',
  },
  {
    no: 5,
    id: 'h5',
    titleTh: 'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
    titleEn: 'Transparency in spending and procurement',
  },
  {
    no: 6,
    id: 'h6',
    titleTh: 'กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
    titleEn: 'Checks on the use of authority and on personnel management',
  },
  {
    no: 7,
    id: 'h7',
    titleTh: 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
    titleEn: 'Mechanisms and measures to fix and prevent corruption inside the agency',
  },
];

const range = (p: string, a: number, b: number): string[] =>
  Array.from({ length: b - a + 1 }, (_, i) => `${p}${a + i}`);

/**
 * Questions → heading. IIT by indicator (1 → 1, 2 → 5, 3 → 6, 4 → 4, 5 → 7). EIT: E1–E5 → 1,
 * E6–E9 → 3, E10 (channel to report bribery) → 7, E11–E14 → 2, E15 (a more transparent agency) → 7 as
 * seed 004 places it.
 */
const QUESTION_HEADING: ReadonlyMap<string, number> = new Map<string, number>([
  ...range('I', 1, 6).map((c) => [c, 1] as const),
  ...range('I', 7, 12).map((c) => [c, 5] as const),
  ...range('I', 13, 18).map((c) => [c, 6] as const),
  ...range('I', 19, 24).map((c) => [c, 4] as const),
  ...range('I', 25, 30).map((c) => [c, 7] as const),
  ...range('E', 1, 5).map((c) => [c, 1] as const),
  ...range('E', 6, 9).map((c) => [c, 3] as const),
  ['E10', 7],
  ...range('E', 11, 14).map((c) => [c, 2] as const),
  ['E15', 7],
]);

/** A question a user's file adds beyond I30/E15: by its indicator. */
const INDICATOR_HEADING: Readonly<Record<number, number>> = {
  1: 1,
  2: 5,
  3: 6,
  4: 4,
  5: 7,
  6: 1,
  7: 3,
  8: 2,
};

/**
 * OIT item titles of every built-in year → heading. Published information (structure, contacts, plans,
 * reports) → 3; work and service manuals → 1; service statistics, satisfaction, E-Service and public
 * participation → 2; budget and procurement → 5; human resources and the code of ethics → 6; complaints
 * about corruption, No Gift Policy, risk and anti-corruption plans, the integrity measures → 7.
 */
const OIT_TITLE_HEADING: ReadonlyMap<string, number> = new Map<string, number>([
  ['คู่มือหรือมาตรฐานการปฏิบัติงาน', 1],
  ['คู่มือหรือมาตรฐานการให้บริการ', 1],
  ['คู่มือ/แนวทางการปฏิบัติงานของเจ้าหน้าที่', 1],
  ['คู่มือ/แนวทางการขอรับบริการ', 1],
  ['ข้อมูลเชิงสถิติการให้บริการ', 2],
  ['รายงานผลการสำรวจความพึงพอใจ', 2],
  ['E-Service', 2],
  ['การเปิดโอกาสให้เกิดการมีส่วนร่วม', 2],
  ['ข้อมูลสถิติการให้บริการ', 2],
  ['โครงสร้าง', 3],
  ['ข้อมูลผู้บริหาร', 3],
  ['อำนาจหน้าที่', 3],
  ['แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 3],
  ['ข้อมูลการติดต่อ', 3],
  ['กฎหมายที่เกี่ยวข้อง', 3],
  ['ข่าวประชาสัมพันธ์', 3],
  ['Q&A', 3],
  ['Social Network', 3],
  ['แผนดำเนินงานประจำปี', 3],
  ['รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', 3],
  ['รายงานผลการดำเนินงานประจำปี', 3],
  ['ช่องทางการรับฟังความคิดเห็น', 3],
  ['นโยบายคุ้มครองข้อมูลส่วนบุคคล', 3],
  ['โครงสร้างและอำนาจหน้าที่', 3],
  ['แผนการใช้จ่ายงบประมาณประจำปี', 5],
  ['รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', 5],
  ['รายงานผลการใช้จ่ายงบประมาณประจำปี', 5],
  ['แผนการจัดซื้อจัดจ้าง', 5],
  ['ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 5],
  ['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 5],
  ['รายงานผลการจัดซื้อจัดจ้างประจำปี', 5],
  ['แผนดำเนินงานและการใช้งบประมาณประจำปี', 5],
  ['รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน', 5],
  ['ความก้าวหน้าการจัดซื้อจัดจ้าง', 5],
  ['รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี', 5],
  ['รายการและความก้าวหน้าการจัดซื้อจัดจ้าง', 5],
  ['นโยบายการบริหารทรัพยากรบุคคล', 6],
  ['การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 6],
  ['หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 6],
  ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 6],
  ['นโยบายหรือแผนการบริหารทรัพยากรบุคคล', 6],
  ['การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล', 6],
  ['แผนการบริหารและพัฒนาทรัพยากรบุคคล', 6],
  ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', 6],
  ['ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 6],
  ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', 7],
  ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 7],
  ['ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', 7],
  ['เจตจำนงสุจริตของผู้บริหาร', 7],
  ['การมีส่วนร่วมของผู้บริหาร', 7],
  ['การประเมินความเสี่ยงการทุจริตประจำปี', 7],
  ['การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 7],
  ['การเสริมสร้างวัฒนธรรมองค์กร', 7],
  ['แผนปฏิบัติการป้องกันการทุจริต', 7],
  ['รายงานการกำกับติดตามการป้องกันการทุจริต รอบ 6 เดือน', 7],
  ['รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 7],
  ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 7],
  ['การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', 7],
  ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 7],
  ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 7],
  ['ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 7],
  ['ประกาศเจตนารมณ์ No Gift Policy', 7],
  ['การสร้างวัฒนธรรม No Gift Policy', 7],
  ['รายงานผลตามนโยบาย No Gift Policy', 7],
  ['การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', 7],
  ['การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', 7],
  ['รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', 7],
  ['การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 7],
  ['ช่องทางแจ้งเรื่องร้องเรียน', 7],
  ['ข้อมูลสถิติเรื่องร้องเรียน', 7],
  ['ประกาศเจตนารมณ์และการสร้างวัฒนธรรม No Gift Policy', 7],
  ['รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 7],
  ['การประเมินความเสี่ยงการให้/รับสินบน', 7],
  ['รายงานผลการจัดการความเสี่ยงการทุจริต', 7],
  ['รายงานผลตามแผน', 7],
]);

/** An OIT item no title matches: by its sub-indicator, else by its indicator (9 → 3, 10 → 7). */
const SUB_HEADING: Readonly<Record<string, number>> = {
  '9.1': 3,
  '9.2': 3,
  '9.3': 5,
  '9.4': 6,
  '9.5': 7,
  '10.1': 7,
  '10.2': 7,
};

/** How a code found its heading: `mapped` from the tables above, `fallback` from its (sub-)indicator. */
export interface HeadingOf {
  heading: IssueHeading;
  how: 'mapped' | 'fallback';
}

function headingNo(no: number): IssueHeading {
  return ISSUE_HEADINGS[Math.min(Math.max(no, 1), 7) - 1] as IssueHeading;
}

/**
 * The standard heading of question or OIT item `code` in framework `fw`; null for a code the framework
 * does not hold.
 */
export function headingOf(fw: Framework, code: string): HeadingOf | null {
  const q = fw.questions.find((x) => x.code === code);
  if (q) {
    const mapped = QUESTION_HEADING.get(code);
    if (mapped !== undefined) return { heading: headingNo(mapped), how: 'mapped' };
    return { heading: headingNo(INDICATOR_HEADING[q.indicator] ?? 7), how: 'fallback' };
  }
  const o = fw.oitItems.find((x) => x.code === code);
  if (!o) return null;
  const mapped = OIT_TITLE_HEADING.get(o.titleTh.trim());
  if (mapped !== undefined) return { heading: headingNo(mapped), how: 'mapped' };
  const sub = SUB_HEADING[o.subIndicator];
  const indicator = fw.subIndicators.find((s) => s.id === o.subIndicator)?.indicator;
  return { heading: headingNo(sub ?? (indicator === 10 ? 7 : 3)), how: 'fallback' };
}

/** The heading with this issue id (`h1`…`h7`), or null. */
export function headingById(id: string): IssueHeading | null {
  return ISSUE_HEADINGS.find((h) => h.id === id) ?? null;
}
