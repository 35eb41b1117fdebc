/**
 * IIT questions I1–I30 (internal stakeholder survey), six per indicator: I1–I6 → 1, I7–I12 → 2,
 * I13–I18 → 3, I19–I24 → 4, I25–I30 → 5 (shared/domain/ITA.md). Wording is a short paraphrase.
 * Scale and polarity: shared/domain/sources.md §4 (fiscal-year 2564 form, BE).
 */
import type { Polarity, QuestionDef, Scale } from './types';

type Row = [
  code: string,
  indicator: number,
  th: string,
  en: string,
  scale: Scale | null,
  pol: Polarity | null,
];

function toQuestions(rows: readonly Row[]): QuestionDef[] {
  return rows.map(([code, indicator, textTh, textEn, scale, polarity]) => ({
    code,
    tool: 'IIT',
    indicator,
    textTh,
    textEn,
    scale,
    polarity,
  }));
}

const P: Polarity = 'positive';
const N: Polarity = 'negative';

/** 2564 form; assumed to hold for 2562–2565. I11 mixes a positive and a reverse-worded part: polarity null. */
const FORM_2564: readonly Row[] = [
  ['I1', 1, 'ทำงานตามขั้นตอนและเวลาที่กำหนด', 'Works to set steps and time limits', 'L4', P],
  ['I2', 1, 'บริการคนทั่วไปกับคนรู้จักเท่ากัน', 'Serves strangers and acquaintances alike', 'L4', P],
  ['I3', 1, 'ทุ่มเทงานและรับผิดชอบความผิดพลาด', 'Puts the job first and owns mistakes', 'L4', P],
  ['I4', 1, 'เรียกรับเงินหรือประโยชน์จากผู้มาติดต่อ', 'Staff ask service users for money or favours', 'YN', N],
  ['I5', 1, 'รับของหรือประโยชน์เกินธรรมเนียม', 'Staff accept gifts beyond custom', 'YN', N],
  ['I6', 1, 'ให้ประโยชน์คนนอกเพื่อหวังผลตอบแทน', 'Agency gives outsiders favours to gain something', 'YN', N],
  ['I7', 2, 'บุคลากรรู้แผนใช้จ่ายงบประมาณประจำปี', 'Staff know the annual spending plan', 'L4', P],
  ['I8', 2, 'ใช้งบคุ้มค่าและตรงวัตถุประสงค์', 'Budget gives value and serves its purpose', 'L4', P],
  ['I9', 2, 'ใช้งบเพื่อประโยชน์ตนหรือพวกพ้อง', 'Budget used for private or group gain', 'L4', N],
  ['I10', 2, 'เบิกจ่ายเป็นเท็จ', 'False expense claims', 'L4', N],
  ['I11', 2, 'จัดซื้อจัดจ้างโปร่งใส ไม่เอื้อผู้ขาย', 'Procurement open, favouring no vendor', 'L4', null],
  ['I12', 2, 'บุคลากรทักท้วงหรือร้องเรียนการใช้งบได้', 'Staff can query or complain about spending', 'L4', P],
  ['I13', 3, 'มอบหมายงานอย่างเป็นธรรม', 'Work assigned fairly', 'L4', P],
  ['I14', 3, 'ประเมินผลงานตามคุณภาพจริง', 'Performance appraised on its merits', 'L4', P],
  ['I15', 3, 'คัดเลือกคนไปอบรมหรือรับทุนอย่างเป็นธรรม', 'Fair choice of who gets training or grants', 'L4', P],
  ['I16', 3, 'ถูกใช้ให้ทำธุระส่วนตัวของหัวหน้า', "Told to run the superior's private errands", 'L4', N],
  ['I17', 3, 'ถูกสั่งให้ทำสิ่งผิดหรือเสี่ยงทุจริต', 'Told to do wrong or corruption-prone things', 'L4', N],
  ['I18', 3, 'งานบุคคลถูกแทรกแซงหรือซื้อขายตำแหน่ง', 'Staffing decisions interfered with or bought', 'L4', N],
  ['I19', 4, 'เอาทรัพย์สินราชการไปใช้ส่วนตัว', 'Government property taken for private use', 'L4', N],
  ['I20', 4, 'ขั้นตอนยืมทรัพย์สินสะดวก', 'Borrowing property is easy', 'L4', P],
  ['I21', 4, 'ยืมทรัพย์สินโดยขออนุญาตถูกต้อง', 'Property borrowed with proper permission', 'L4', P],
  ['I22', 4, 'คนนอกใช้ทรัพย์สินโดยไม่ขออนุญาต', 'Outsiders use property without permission', 'L4', N],
  ['I23', 4, 'บุคลากรรู้แนวทางใช้ทรัพย์สินที่ถูกต้อง', 'Staff know how property may be used', 'L4', P],
  ['I24', 4, 'หน่วยงานกำกับดูแลการใช้ทรัพย์สิน', 'Agency oversees use of property', 'L4', P],
  ['I25', 5, 'ผู้บริหารสูงสุดเอาจริงกับการต้านทุจริต', 'Head of agency takes anti-corruption seriously', 'L4', P],
  ['I26', 5, 'ทบทวนมาตรการและมีแผนป้องกันทุจริต', 'Measures reviewed; prevention plan in place', 'YN', P],
  ['I27', 5, 'ปัญหาทุจริตได้รับการแก้ไข', 'Corruption problems get fixed', 'L4', P],
  ['I28', 5, 'เฝ้าระวัง ตรวจสอบ และลงโทษผู้ผิด', 'Watch, investigate and discipline', 'L4', P],
  ['I29', 5, 'นำผลตรวจสอบภายในและภายนอกไปปรับปรุง', 'Audit findings put to use', 'L4', P],
  ['I30', 5, 'ร้องเรียนได้ ติดตามผลได้ และปลอดภัย', 'Staff can report, follow up and feel safe', 'L4', P],
];

/**
 * Items as seed 004 words them (2566 era). I9 turns from reverse-worded to positive; I14, I16 and I21
 * keep the 2564 scale and polarity, which the seed's wording agrees with.
 */
const CHANGED_2566: readonly Row[] = [
  ['I9', 2, 'ใช้งบตรงวัตถุประสงค์และคุ้มค่า', 'Budget used as intended and value for money', 'L4', P],
  ['I14', 3, 'ได้รับการประเมินผลงานอย่างเป็นธรรม', 'Appraised fairly by the superior', 'L4', P],
  ['I16', 3, 'หัวหน้าสั่งให้ทำธุระส่วนตัว', 'Superior orders private errands', 'L4', N],
  ['I21', 4, 'ขออนุญาตยืมทรัพย์สินอย่างถูกต้อง', 'Staff ask properly before borrowing property', 'L4', P],
];

/** IIT questions of fiscal years 2562–2565 (BE): the 2564 form. */
export function iitQuestions2564(): QuestionDef[] {
  return toQuestions(FORM_2564);
}

/**
 * IIT questions from fiscal year 2566 (BE): the 2564 form with the items seed 004 shows reworded.
 * Items the seed does not show keep their 2564 wording, scale and polarity (not contradicted).
 */
export function iitQuestions2566(): QuestionDef[] {
  const changed = new Map(CHANGED_2566.map((r) => [r[0], r]));
  return toQuestions(FORM_2564.map((r) => changed.get(r[0]) ?? r));
}
