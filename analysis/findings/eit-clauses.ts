/**
 * Negative-finding clauses for the EIT questions E1–E15 (service-user survey): what the service users who
 * answered a question negatively think. E4 is reverse-worded, so its clause states the bad behaviour; for
 * the others the clause states that the good practice is missing or weak. A negative answer to a yes/no
 * "is there a channel/service" item covers "there is none" and "I do not know of one".
 * Eras follow analysis/frameworks/eit-questions.ts. Each clause is written to follow "…เห็นว่า" / "…think".
 */
import type { FindingClause } from './types';

/** E5 (public interest first): the same in both eras. */
const E5_CLAUSE: FindingClause = {
  th: 'หน่วยงานยังไม่ได้ยึดประโยชน์ของประชาชนและส่วนรวมเป็นหลัก',
  en: 'the agency does not put the interest of the public first',
};

/** Clauses for the 2563–2565 list (fiscal years up to 2565). */
export const EIT_CLAUSES_2564: Readonly<Record<string, FindingClause>> = {
  E1: {
    th: 'หน่วยงานยังให้บริการไม่ตรงตามขั้นตอน หรือใช้เวลานานกว่าที่กำหนด',
    en: 'the agency does not follow the set steps or takes longer than the stated time when serving them',
  },
  E2: {
    th: 'หน่วยงานยังปฏิบัติต่อตนกับผู้อื่นไม่เท่าเทียมกัน',
    en: 'the agency does not treat them and other people equally',
  },
  E3: {
    th: 'หน่วยงานยังให้ข้อมูลไม่ตรงไปตรงมา หรือมีการปิดบังหรือบิดเบือนข้อมูล',
    en: 'the agency is not candid with information, or hides or distorts it',
  },
  E4: {
    th: 'เจ้าหน้าที่เคยเรียกเงิน ทรัพย์สิน หรือประโยชน์อื่นจากตนเพื่อแลกกับการให้บริการ',
    en: 'staff have asked them for money, property or other benefits in exchange for service',
  },
  E5: E5_CLAUSE,
  E6: {
    th: 'ข้อมูลของหน่วยงานเข้าถึงยาก หรือมีช่องทางเผยแพร่น้อยเกินไป',
    en: "the agency's information is hard to reach or offered through too few channels",
  },
  E7: {
    th: 'หน่วยงานยังเผยแพร่ผลงานและข้อมูลที่ประชาชนควรรู้ไม่เพียงพอ',
    en: 'the agency publishes too little about its work and about what the public should know',
  },
  E8: {
    th: 'หน่วยงานยังไม่มีช่องทางรับคำติชม หรือตนไม่ทราบว่ามี',
    en: 'the agency has no channel for feedback, or they do not know of one',
  },
  E9: {
    th: 'หน่วยงานยังชี้แจงเมื่อมีข้อสงสัยได้ไม่ชัดเจน',
    en: 'the agency does not clear up their questions clearly',
  },
  E10: {
    th: 'หน่วยงานยังไม่มีช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ หรือตนไม่ทราบว่ามี',
    en: 'the agency has no channel for complaints about corruption by its staff, or they do not know of one',
  },
  E11: {
    th: 'หน่วยงานยังไม่ได้ปรับปรุงคุณภาพการให้บริการให้ดีขึ้น',
    en: 'the agency has not improved the quality of its service',
  },
  E12: {
    th: 'หน่วยงานยังไม่ได้ปรับปรุงวิธีการและขั้นตอนการทำงาน',
    en: 'the agency has not improved its methods and procedures',
  },
  E13: {
    th: 'หน่วยงานยังนำเทคโนโลยีมาช่วยในการให้บริการน้อย',
    en: 'the agency makes little use of technology in its service',
  },
  E14: {
    th: 'หน่วยงานยังเปิดโอกาสให้ผู้รับบริการร่วมปรับปรุงการทำงานน้อย',
    en: 'the agency gives service users little chance to help improve its work',
  },
  E15: {
    th: 'หน่วยงานยังไม่ได้ปรับปรุงการทำงานให้โปร่งใสยิ่งขึ้น',
    en: 'the agency has not made its work more transparent',
  },
};

/** Clauses for the 2566+ list (seed 004's wording; E5 is not in the seed and keeps its earlier sense). */
export const EIT_CLAUSES_2566: Readonly<Record<string, FindingClause>> = {
  E1: {
    th: 'บริการที่ได้รับยังไม่ตรงตามขั้นตอน หรือเกินระยะเวลาที่กำหนด',
    en: 'the service they got did not follow the set steps or took longer than the stated time',
  },
  E2: {
    th: 'เจ้าหน้าที่ยังเลือกปฏิบัติ หรือให้บริการแต่ละคนไม่เป็นธรรม',
    en: 'staff play favourites or do not serve everyone fairly',
  },
  E3: {
    th: 'เจ้าหน้าที่ทำงานโดยไม่เน้นผลสำเร็จของงาน หรือขาดความรับผิดชอบต่อหน้าที่',
    en: 'staff do not work towards results or fall short of their duties',
  },
  E4: {
    th: 'ในรอบปีที่ผ่านมาเจ้าหน้าที่เคยขอเงิน ของขวัญ หรือประโยชน์อื่นนอกเหนือจากค่าธรรมเนียมตามกฎหมายเพื่อแลกกับบริการ',
    en: 'staff asked them in the past year for money, gifts or other benefits beyond lawful fees in return for service',
  },
  E5: E5_CLAUSE,
  E6: {
    th: 'ยังหาข้อมูลข่าวสารของหน่วยงานได้ยาก เพราะช่องทางเผยแพร่เข้าถึงไม่สะดวก',
    en: 'the channels the agency publishes information through are hard to reach',
  },
  E7: {
    th: 'ข้อมูลที่ประชาชนหรือผู้รับบริการควรรู้ยังไม่ได้รับการเผยแพร่อย่างชัดเจน',
    en: 'what the public and service users should know is not published clearly',
  },
  E8: {
    th: 'หน่วยงานยังไม่มีช่องทางให้ติชมหรือแสดงความคิดเห็นต่อการให้บริการ หรือไม่ทราบว่ามี',
    en: 'the agency has no channel for comments on its work or service, or they do not know of one',
  },
  E9: {
    th: 'หน่วยงานยังสื่อสาร ตอบคำถาม หรืออธิบายให้เข้าใจได้ไม่ชัดเจน',
    en: 'the agency does not communicate, answer questions or explain things clearly',
  },
  E10: {
    th: 'หน่วยงานยังไม่มีช่องทางให้แจ้งเรื่องสินบนหรือการทุจริตของเจ้าหน้าที่ หรือไม่ทราบว่ามี',
    en: 'the agency has no channel to report bribery or corruption by its staff, or they do not know of one',
  },
  E11: {
    th: 'เจ้าหน้าที่ยังให้บริการได้ไม่ดีขึ้นกว่าเดิม',
    en: 'staff serve them no better than before',
  },
  E12: {
    th: 'การติดต่อรับบริการยังไม่ง่ายหรือเร็วขึ้นกว่าที่ผ่านมา',
    en: 'getting served is no easier or quicker than before',
  },
  E13: {
    th: 'หน่วยงานยังไม่มีบริการออนไลน์ หรือไม่ทราบว่ามี',
    en: 'the agency has no online service, or they do not know of one',
  },
  E14: {
    th: 'หน่วยงานยังไม่ค่อยให้บุคคลภายนอกมีส่วนร่วมพัฒนาการดำเนินงาน',
    en: 'the agency gives outsiders little chance to take part in improving its work',
  },
  E15: {
    th: 'หน่วยงานยังไม่ได้ทำให้องค์กรโปร่งใสขึ้นกว่าเดิม',
    en: 'the agency has not become more transparent than before',
  },
};
