/**
 * OIT items O1–O43 of fiscal years 2563–2565 (BE), sources.md §7.1: sub-indicators 9.1–9.5 with 9/8/7/4/5
 * items and 10.1–10.2 with 8/2. Structure two sources; titles O25–O41 mostly one source.
 * Fiscal year 2562 is assumed to use the same list.
 */
import { buildOitList, type OitGroup, type OitList } from './oit-list';

const GROUPS: readonly OitGroup[] = [
  [
    '9.1',
    'ข้อมูลพื้นฐาน',
    'Basic information',
    [
      ['โครงสร้าง', 'Organisation chart'],
      ['ข้อมูลผู้บริหาร', 'Executives'],
      ['อำนาจหน้าที่', 'Powers and duties'],
      ['แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan'],
      ['ข้อมูลการติดต่อ', 'Contact details'],
      ['กฎหมายที่เกี่ยวข้อง', 'Relevant laws'],
      ['ข่าวประชาสัมพันธ์', 'News'],
      ['Q&A', 'Q&A'],
      ['Social Network', 'Social network'],
    ],
  ],
  [
    '9.2',
    'การบริหารงาน',
    'Administration',
    [
      ['แผนดำเนินงานประจำปี', 'Annual operating plan'],
      ['รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', 'Six-month progress report'],
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
    'การบริหารเงินงบประมาณ',
    'Budget management',
    [
      ['แผนการใช้จ่ายงบประมาณประจำปี', 'Annual spending plan'],
      ['รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', 'Six-month spending report'],
      ['รายงานผลการใช้จ่ายงบประมาณประจำปี', 'Annual spending report'],
      ['แผนการจัดซื้อจัดจ้าง', 'Procurement plan'],
      ['ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 'Procurement announcements'],
      ['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'Monthly procurement summary'],
      ['รายงานผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report'],
    ],
  ],
  [
    '9.4',
    'การบริหารและพัฒนาทรัพยากรบุคคล',
    'Human resource management',
    [
      ['นโยบายการบริหารทรัพยากรบุคคล', 'HR policy'],
      ['การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'Carrying out the HR policy'],
      ['หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'HR management criteria'],
      ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual HR report'],
    ],
  ],
  [
    '9.5',
    'การส่งเสริมความโปร่งใส',
    'Promoting transparency',
    [
      ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', 'Corruption complaint procedure'],
      ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 'Corruption complaint channel'],
      ['ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', 'Annual complaint statistics'],
      ['ช่องทางการรับฟังความคิดเห็น', 'Channel for opinions'],
      ['การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Public participation'],
    ],
  ],
  [
    '10.1',
    'การดำเนินการเพื่อป้องกันการทุจริต',
    'Anti-corruption actions',
    [
      ['เจตจำนงสุจริตของผู้บริหาร', 'Executive integrity pledge'],
      ['การมีส่วนร่วมของผู้บริหาร', 'Executive involvement'],
      ['การประเมินความเสี่ยงการทุจริตประจำปี', 'Annual corruption risk assessment'],
      ['การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 'Managing corruption risk'],
      ['การเสริมสร้างวัฒนธรรมองค์กร', 'Building an integrity culture'],
      ['แผนปฏิบัติการป้องกันการทุจริต', 'Anti-corruption action plan'],
      ['รายงานการกำกับติดตามการป้องกันการทุจริต รอบ 6 เดือน', 'Six-month prevention report'],
      ['รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'Annual prevention report'],
    ],
  ],
  [
    '10.2',
    'มาตรการภายในเพื่อป้องกันการทุจริต',
    'Internal anti-corruption measures',
    [
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'Internal integrity and transparency measures'],
      ['การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'Carrying out the integrity measures'],
    ],
  ],
];

/** Fresh copy of the 2563–2565 OIT list (43 items). */
export function oitList2563(): OitList {
  return buildOitList(GROUPS);
}
