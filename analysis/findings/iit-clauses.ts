/**
 * Negative-finding clauses for the IIT questions I1–I30 (staff survey): what the staff who answered a
 * question negatively think. For a reverse-worded question (polarity `negative`) the clause states that
 * the bad behaviour happens; for a positive one, that the good practice is missing or weak.
 * Eras follow analysis/frameworks/iit-questions.ts: the 2564 form (2562–2565) and the 2566+ form, which
 * rewords I9, I14, I16 and I21. Each clause is written to follow "…เห็นว่า" / "…think".
 */
import type { FindingClause } from './types';

/** Clauses for the 2564 form (fiscal years up to 2565). */
export const IIT_CLAUSES_2564: Readonly<Record<string, FindingClause>> = {
  I1: {
    th: 'การทำงานในหน่วยงานยังไม่ได้ยึดขั้นตอนและกรอบเวลาที่กำหนดไว้',
    en: 'work in the agency does not keep to the set procedures and time limits',
  },
  I2: {
    th: 'คนที่รู้จักกับเจ้าหน้าที่ยังได้รับบริการดีกว่าผู้มาติดต่อทั่วไป',
    en: 'people who know someone in the agency get better service than other members of the public',
  },
  I3: {
    th: 'เพื่อนร่วมงานยังไม่มุ่งผลสำเร็จของงาน เอาธุระส่วนตัวมาก่อนงาน หรือไม่ยอมรับผิดชอบเมื่องานผิดพลาด',
    en: 'colleagues do not aim for results, put private business before the job, or do not own their mistakes',
  },
  I4: {
    th: 'มีเจ้าหน้าที่ในหน่วยงานเรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นจากผู้มาติดต่อ',
    en: 'some colleagues ask the people who deal with the agency for money, property or other benefits',
  },
  I5: {
    th: 'มีเจ้าหน้าที่ในหน่วยงานรับเงิน ของขวัญ หรือประโยชน์อื่นจากผู้มาติดต่อเกินกว่าที่ธรรมเนียมยอมรับ',
    en: 'some colleagues accept money, gifts or other benefits from people they deal with beyond what custom allows',
  },
  I6: {
    th: 'หน่วยงานมอบเงิน ทรัพย์สิน หรือประโยชน์ให้บุคคลภายนอกโดยหวังผลตอบแทน',
    en: 'the agency gives outsiders money, property or other benefits in the hope of something in return',
  },
  I7: {
    th: 'ตนเองรู้เรื่องแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงานน้อยหรือไม่รู้เลย',
    en: "they know little or nothing of the agency's annual spending plan",
  },
  I8: {
    th: 'หน่วยงานใช้งบประมาณไม่คุ้มค่า หรือบิดเบือนไปจากวัตถุประสงค์',
    en: "the agency's budget does not give value for money or is bent away from its purpose",
  },
  I9: {
    th: 'มีการใช้งบประมาณเพื่อประโยชน์ของตัวบุคคล กลุ่ม หรือพวกพ้อง',
    en: 'the budget is spent for the benefit of individuals, groups or cronies',
  },
  I10: {
    th: 'มีการเบิกจ่ายเงินอันเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุ หรือค่าเดินทาง',
    en: 'false claims are paid out, for example for overtime, materials or travel',
  },
  I11: {
    th: 'การจัดซื้อจัดจ้างยังไม่โปร่งใส หรือเอื้อประโยชน์ให้ผู้ประกอบการบางราย',
    en: 'procurement is not open or favours particular vendors',
  },
  I12: {
    th: 'ตนและเพื่อนร่วมงานแทบไม่มีโอกาสสอบถาม ทักท้วง หรือร้องเรียนเรื่องการใช้งบประมาณ',
    en: 'they have little or no chance to ask about, object to or complain about how the budget is spent',
  },
  I13: {
    th: 'ผู้บังคับบัญชามอบหมายงานอย่างไม่เป็นธรรม',
    en: 'superiors do not hand out work fairly',
  },
  I14: {
    th: 'การประเมินผลการปฏิบัติงานไม่ได้สะท้อนคุณภาพของงานอย่างแท้จริง',
    en: 'performance appraisals do not reflect the real quality of the work',
  },
  I15: {
    th: 'การคัดเลือกผู้ไปฝึกอบรม ศึกษาดูงาน หรือรับทุน ยังไม่เป็นธรรม',
    en: 'people are not chosen fairly for training, study visits or scholarships',
  },
  I16: {
    th: 'ผู้บังคับบัญชาเคยใช้ให้ตนไปทำธุระส่วนตัวของผู้บังคับบัญชา',
    en: "they have been told by a superior to run the superior's personal errands",
  },
  I17: {
    th: 'ผู้บังคับบัญชาเคยสั่งให้ตนทำเรื่องที่ไม่ถูกต้องหรือเสี่ยงต่อการทุจริต',
    en: 'a superior has told them to do things that are wrong or open to corruption',
  },
  I18: {
    th: 'การบริหารงานบุคคล เช่น การบรรจุ แต่งตั้ง หรือโยกย้าย ถูกแทรกแซง มีการซื้อขายตำแหน่ง หรือเอื้อพวกพ้อง',
    en: 'personnel decisions such as hiring, promotion or transfer are interfered with, bought, or bent to favour cronies',
  },
  I19: {
    th: 'มีการนำทรัพย์สินของราชการไปเป็นของตนเองหรือให้พวกพ้องใช้',
    en: 'government property is taken for private use or handed to cronies',
  },
  I20: {
    th: 'การขอยืมทรัพย์สินของราชการยังมีขั้นตอนที่ไม่สะดวก',
    en: 'the procedure for borrowing government property is not convenient',
  },
  I21: {
    th: 'ยังมีการยืมทรัพย์สินของราชการไปใช้โดยไม่ได้ขออนุญาตให้ถูกต้อง',
    en: 'government property is borrowed without proper permission',
  },
  I22: {
    th: 'มีบุคคลภายนอกนำทรัพย์สินของราชการไปใช้โดยไม่ได้รับอนุญาต',
    en: 'outsiders use government property without permission',
  },
  I23: {
    th: 'ตนเองยังไม่รู้แนวปฏิบัติของหน่วยงานในการใช้ทรัพย์สินของราชการให้ถูกต้อง',
    en: "they do not know the agency's rules for using government property properly",
  },
  I24: {
    th: 'หน่วยงานยังดูแลและตรวจตราการใช้ทรัพย์สินของราชการน้อยเกินไป',
    en: 'the agency does too little to supervise and check how government property is used',
  },
  I25: {
    th: 'ผู้บริหารสูงสุดยังไม่ได้ให้ความสำคัญกับการต่อต้านการทุจริตอย่างจริงจัง',
    en: 'the head of the agency does not take the fight against corruption seriously',
  },
  I26: {
    th: 'หน่วยงานไม่ได้ทบทวนมาตรการป้องกันการทุจริต หรือไม่มีแผนป้องกันการทุจริต',
    en: 'the agency has not reviewed its anti-corruption measures or has no plan to prevent corruption',
  },
  I27: {
    th: 'ปัญหาการทุจริตในหน่วยงานยังไม่ได้รับการแก้ไข',
    en: 'corruption problems in the agency are not being put right',
  },
  I28: {
    th: 'หน่วยงานยังเฝ้าระวัง ตรวจสอบ และลงโทษทางวินัยต่อการทุจริตไม่เพียงพอ',
    en: 'the agency does too little to watch for, investigate and discipline corruption',
  },
  I29: {
    th: 'หน่วยงานยังไม่ได้นำผลการตรวจสอบทั้งจากภายในและภายนอกมาปรับปรุงการทำงาน',
    en: 'the agency does not act on the findings of internal and external audits',
  },
  I30: {
    th: 'การร้องเรียนการทุจริตภายในหน่วยงานยังไม่สะดวก ติดตามผลไม่ได้ หรือผู้ร้องเรียนไม่มั่นใจว่าจะปลอดภัย',
    en: 'reporting corruption inside the agency is not easy, cannot be followed up, or does not feel safe',
  },
};

/**
 * Items reworded from fiscal year 2566 (I9 turns from reverse-worded to positive). I16 is reworded too,
 * but a negative answer still means the same, so it keeps its 2564 clause.
 */
const CHANGED_2566: Readonly<Record<string, FindingClause>> = {
  I9: {
    th: 'หน่วยงานใช้จ่ายงบประมาณไม่ตรงตามวัตถุประสงค์หรือไม่คุ้มค่า',
    en: 'the agency does not spend its budget as intended or for good value',
  },
  I14: {
    th: 'ผู้บังคับบัญชายังประเมินผลการปฏิบัติงานของตนอย่างไม่เป็นธรรม',
    en: 'their superior does not appraise their performance fairly',
  },
  I21: {
    th: 'เจ้าหน้าที่ยังนำทรัพย์สินของราชการไปใช้ในงานโดยไม่ได้ขออนุญาตยืมอย่างถูกต้อง',
    en: 'colleagues take government property for their work without properly asking to borrow it',
  },
};

/** Clauses for the 2566+ form: the 2564 clauses with the reworded items replaced. */
export const IIT_CLAUSES_2566: Readonly<Record<string, FindingClause>> = {
  ...IIT_CLAUSES_2564,
  ...CHANGED_2566,
};
