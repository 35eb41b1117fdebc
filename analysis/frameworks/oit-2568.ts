/**
 * OIT items of fiscal year 2568 (BE), partial (sources.md §7.3, §7.3a). Titles of O1, O3, O4 and O8–O26
 * come from one agency's published headings (`unverified`; O22 as §7.3a corrects it); O2 and O5–O7 are
 * not shown there and are filled in from the 2566 pattern (`inferred`); no item after O26 is known. The
 * sub-indicator mapping is inferred from the item order and the 2566 grouping: no source gives it.
 */
import { buildOitList, type OitGroup, type OitList, type TitleStatus } from './oit-list';

/** Codes whose 2568 title is not in any source (inferred from the 2566 list). */
export const OIT_2568_INFERRED_CODES: readonly string[] = ['O2', 'O5', 'O6', 'O7'];

function status2568(code: string): TitleStatus {
  return OIT_2568_INFERRED_CODES.includes(code) ? 'inferred' : 'unverified';
}

const GROUPS: readonly OitGroup[] = [
  [
    '9.1',
    'ข้อมูลพื้นฐาน',
    'Basic information',
    [
      ['โครงสร้างและอำนาจหน้าที่', 'Organisation chart and powers'],
      ['ข้อมูลผู้บริหาร', 'Executives'],
      ['ข้อมูลการติดต่อ', 'Contact details'],
      ['ข่าวประชาสัมพันธ์', 'News'],
    ],
  ],
  [
    '9.2',
    'การบริหารงานและการใช้จ่ายงบประมาณ',
    'Administration and budget',
    [
      ['แผนดำเนินงานและการใช้งบประมาณประจำปี', 'Annual operating and budget plan'],
      ['รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', 'Six-month progress report'],
      ['รายงานผลการดำเนินงานประจำปี', 'Annual performance report'],
      ['คู่มือ/แนวทางการปฏิบัติงานของเจ้าหน้าที่', 'Staff work manual'],
      ['คู่มือ/แนวทางการขอรับบริการ', 'Guide for service users'],
      ['E-Service', 'E-Service'],
      ['ข้อมูลสถิติการให้บริการ', 'Service statistics'],
    ],
  ],
  [
    '9.3',
    'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
    'Procurement',
    [
      ['รายการและความก้าวหน้าการจัดซื้อจัดจ้าง', 'Procurement list and progress'],
      ['รายงานผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report'],
    ],
  ],
  [
    '9.4',
    'การบริหารและพัฒนาทรัพยากรบุคคล',
    'Human resource management',
    [
      ['แผนการบริหารและพัฒนาทรัพยากรบุคคล', 'HR management and development plan'],
      ['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', 'HR report'],
      ['ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 'Code of ethics and putting it to work'],
    ],
  ],
  [
    '9.5',
    'การส่งเสริมความโปร่งใส',
    'Promoting transparency',
    [
      ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', 'Corruption complaint procedure'],
      ['ช่องทางแจ้งเรื่องร้องเรียน', 'Complaint channel'],
      ['ข้อมูลสถิติเรื่องร้องเรียน', 'Complaint statistics'],
      ['การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Public participation'],
    ],
  ],
  [
    '10.1',
    'การป้องกันการรับสินบน',
    'Bribery prevention',
    [
      ['ประกาศเจตนารมณ์และการสร้างวัฒนธรรม No Gift Policy', 'No Gift Policy declaration and culture'],
      ['รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 'Report of property or benefits received by custom'],
      ['การประเมินความเสี่ยงการให้/รับสินบน', 'Bribery risk assessment'],
      ['รายงานผลการจัดการความเสี่ยงการทุจริต', 'Corruption risk management report'],
    ],
  ],
  [
    '10.2',
    'แผนป้องกันการทุจริต',
    'Anti-corruption plan',
    [
      ['แผนปฏิบัติการป้องกันการทุจริต', 'Anti-corruption action plan'],
      ['รายงานผลตามแผน', 'Report on the action plan'],
    ],
  ],
];

/** Fresh copy of the partial 2568 OIT list (O1–O26, mapping inferred). */
export function oitList2568(): OitList {
  return buildOitList(GROUPS, status2568);
}
