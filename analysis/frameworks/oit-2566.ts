/**
 * OIT items of fiscal years 2566–2567 (BE), reconstructed (sources.md §7.2): O1–O26 from one item list
 * with categories, O27–O28 inferred; the 10.1 and 10.2 items are numbered on from O29 (inferred), which
 * gives O1–O38 with 8/8/4/4/4 and 8/2 items.
 *
 * Title status (§7.3a): only O1–O3 are confirmed (two local governments' pages, one per year); O4–O26
 * rest on one source (`unverified`), O27 onward on none (`inferred`). Every such title carries its mark.
 */
import { buildOitList, type OitGroup, type OitList, type TitleStatus } from './oit-list';

const CONFIRMED = 3;
const FROM_ONE_SOURCE = 26;

function status2566(code: string): TitleStatus | undefined {
  const n = Number(code.slice(1));
  if (n <= CONFIRMED) return undefined;
  return n <= FROM_ONE_SOURCE ? 'unverified' : 'inferred';
}

const GROUPS: readonly OitGroup[] = [
  [
    '9.1',
    'ข้อมูลพื้นฐาน',
    'Basic information',
    [
      ['โครงสร้าง', 'Organisation chart'],
      ['ข้อมูลผู้บริหาร', 'Executives'],
      ['อำนาจหน้าที่', 'Powers and duties'],
      ['ข้อมูลการติดต่อ', 'Contact details'],
      ['ข่าวประชาสัมพันธ์', 'News'],
      ['Q&A', 'Q&A'],
      ['Social Network', 'Social network'],
      ['นโยบายคุ้มครองข้อมูลส่วนบุคคล', 'Privacy policy'],
    ],
  ],
  [
    '9.2',
    'การบริหารงาน',
    'Administration',
    [
      ['แผนดำเนินงานและการใช้งบประมาณประจำปี', 'Annual operating and budget plan'],
      ['รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน', 'Six-month progress and budget report'],
      ['รายงานผลการดำเนินงานประจำปี', 'Annual performance report'],
      ['คู่มือหรือมาตรฐานการปฏิบัติงาน', 'Work manual or standard'],
      ['คู่มือหรือมาตรฐานการให้บริการ', 'Service manual or standard'],
      ['ข้อมูลเชิงสถิติการให้บริการ', 'Service statistics'],
      ['รายงานผลการสำรวจความพึงพอใจ', 'Satisfaction survey report'],
      ['E-Service', 'E-Service'],
    ],
  ],
  [
    '9.3',
    'การจัดซื้อจัดจ้างและการบริหารงบประมาณ',
    'Procurement and budget',
    [
      ['แผนการจัดซื้อจัดจ้าง', 'Procurement plan'],
      ['ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 'Procurement announcements'],
      ['ความก้าวหน้าการจัดซื้อจัดจ้าง', 'Procurement progress'],
      ['รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report'],
    ],
  ],
  [
    '9.4',
    'การบริหารและพัฒนาทรัพยากรบุคคล',
    'Human resource management',
    [
      ['นโยบายหรือแผนการบริหารทรัพยากรบุคคล', 'HR policy or plan'],
      ['การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล', 'Carrying out the HR policy or plan'],
      ['หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'HR management criteria'],
      ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual HR report'],
    ],
  ],
  [
    '9.5',
    'การส่งเสริมความโปร่งใส',
    'Promoting transparency',
    [
      ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Corruption complaint procedure'],
      ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Corruption complaint channel'],
      ['ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Complaint statistics'],
      ['การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Public participation'],
    ],
  ],
  [
    '10.1',
    'การดำเนินการเพื่อป้องกันการทุจริต',
    'Anti-corruption actions',
    [
      ['ประกาศเจตนารมณ์ No Gift Policy', 'No Gift Policy declaration'],
      ['การสร้างวัฒนธรรม No Gift Policy', 'Building a No Gift culture'],
      ['รายงานผลตามนโยบาย No Gift Policy', 'No Gift Policy report'],
      ['การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', 'Annual corruption risk assessment'],
      ['การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', 'Managing corruption risk'],
      ['แผนปฏิบัติการป้องกันการทุจริต', 'Anti-corruption action plan'],
      ['รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', 'Six-month prevention report'],
      ['รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'Annual prevention report'],
    ],
  ],
  [
    '10.2',
    'มาตรการภายในเพื่อป้องกันการทุจริต',
    'Internal anti-corruption measures',
    [
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'Internal integrity and transparency measures'],
      ['การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'Carrying out the integrity measures'],
    ],
  ],
];

/** Fresh copy of the reconstructed 2566–2567 OIT list (38 items). */
export function oitList2566(): OitList {
  return buildOitList(GROUPS, status2566);
}
