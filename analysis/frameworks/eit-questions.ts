/**
 * EIT questions E1–E15 (external stakeholder survey), five per indicator: E1–E5 → 6, E6–E10 → 7,
 * E11–E15 → 8 (shared/domain/ITA.md).
 *
 * From 2566 `textTh` is the NACC's wording as seed 004 quotes it (E1–E4, E6–E15). No source shows the
 * 2562–2565 wording or the 2566 E5 verbatim: those hold our summary and are marked `paraphrase`, which
 * the app, the CLI and every document show. `textEn` is our translation.
 */
import type { Polarity, QuestionDef, Scale } from './types';

type Row = [
  code: string,
  indicator: number,
  th: string,
  en: string,
  scale: Scale | null,
  pol: Polarity | null,
  shortTh?: string,
  shortEn?: string,
];

function toQuestions(rows: readonly Row[], paraphrase: (code: string) => boolean): QuestionDef[] {
  return rows.map(([code, indicator, textTh, textEn, scale, polarity, shortTh, shortEn]) => {
    const q: QuestionDef = { code, tool: 'EIT', indicator, textTh, textEn, scale, polarity };
    if (shortTh !== undefined) q.shortTh = shortTh;
    if (shortEn !== undefined) q.shortEn = shortEn;
    if (paraphrase(code)) q.paraphrase = true;
    return q;
  });
}

const P: Polarity = 'positive';
const N: Polarity = 'negative';

/** 2563–2565 list as recalled in sources.md §5 [INF] (our summaries); assumed for 2562 too. */
const FORM_2564: readonly Row[] = [
  ['E1', 6, 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการตามขั้นตอนและระยะเวลาที่กำหนด', 'Follows steps and time limits', 'L4', P],
  ['E2', 6, 'เจ้าหน้าที่ให้บริการแก่ท่านและผู้มาติดต่ออื่นอย่างเท่าเทียมกัน', 'Treats everyone equally', 'L4', P],
  ['E3', 6, 'เจ้าหน้าที่ให้ข้อมูลอย่างตรงไปตรงมา ไม่ปิดบังหรือบิดเบือน', 'Gives candid, undistorted information', 'L4', P],
  ['E4', 6, 'ท่านเคยถูกเจ้าหน้าที่เรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่น', 'Was asked for money or favours', 'YN', N],
  ['E5', 6, 'หน่วยงานดำเนินงานโดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวม', 'Puts the public interest first', 'L4', P],
  ['E6', 7, 'หน่วยงานเผยแพร่ข้อมูลที่เข้าถึงง่ายผ่านหลายช่องทาง', 'Information easy to reach, many channels', 'L4', P],
  ['E7', 7, 'หน่วยงานเผยแพร่ผลงานและข้อมูลที่สาธารณชนควรรับรู้', 'Publishes results the public should know', 'L4', P],
  ['E8', 7, 'หน่วยงานมีช่องทางรับฟังคำติชมหรือความคิดเห็น', 'Has a feedback channel', 'YN', P],
  ['E9', 7, 'หน่วยงานชี้แจงและตอบคำถามเมื่อมีข้อสงสัยได้ชัดเจน', 'Answers questions clearly', 'L4', P],
  ['E10', 7, 'หน่วยงานมีช่องทางให้ร้องเรียนการทุจริตของเจ้าหน้าที่', 'Has a channel to report staff corruption', 'YN', P],
  ['E11', 8, 'หน่วยงานปรับปรุงคุณภาพการปฏิบัติงานหรือการให้บริการให้ดีขึ้น', 'Service quality improved', 'L4', P],
  ['E12', 8, 'หน่วยงานปรับปรุงวิธีการและขั้นตอนการดำเนินงานให้ดีขึ้น', 'Procedures improved', 'L4', P],
  ['E13', 8, 'หน่วยงานนำเทคโนโลยีมาใช้ในการดำเนินงานหรือให้บริการ', 'Technology used in service', 'L4', P],
  [
    'E14',
    8,
    'หน่วยงานเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมปรับปรุงการดำเนินงาน',
    'Service users can help improve the work',
    'L4',
    P,
  ],
  ['E15', 8, 'หน่วยงานปรับปรุงการดำเนินงานให้โปร่งใสมากขึ้น', 'Made more transparent', 'L4', P],
];

/** 2566-era wording as seed 004 prints it; E5 is not in the seed and keeps its earlier sense (a summary). */
const FORM_2566: readonly Row[] = [
  [
    'E1',
    6,
    'หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด',
    'How far does the agency work for or serve you following the steps and times set?',
    'L4',
    P,
    'ให้บริการตามขั้นตอนและระยะเวลา',
    'Service follows steps and time limits',
  ],
  [
    'E2',
    6,
    'หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน อย่างเป็นธรรมและไม่เลือกปฏิบัติ มากน้อยเพียงใด',
    'How fairly, without discrimination, does the agency work for or serve you?',
    'L4',
    P,
    'ให้บริการเป็นธรรม ไม่เลือกปฏิบัติ',
    'Fair, non-discriminating service',
  ],
  [
    'E3',
    6,
    'หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน โดยมุ่งผลสัมฤทธิ์ และรับผิดชอบต่อหน้าที่ มากน้อยเพียงใด',
    'How far does the agency work for or serve you aiming at results and answering for its duties?',
    'L4',
    P,
    'มุ่งผลสำเร็จและรับผิดชอบต่อหน้าที่',
    'Results-focused and accountable',
  ],
  [
    'E4',
    6,
    'ในช่วง 1 ปีที่ผ่านมา ท่านเคยถูกเจ้าหน้าที่เรียกเก็บเงิน ทรัพย์สิน ของขวัญ ของกำนัล หรือผลประโยชน์ (นอกเหนือจากที่กฎหมายกำหนด เช่น ค่าธรรมเนียม ค่าปรับ) เพื่อแลกกับการปฏิบัติงานหรือให้บริการแก่ท่าน หรือไม่',
    'In the past year, has a member of staff asked you for money, property, gifts or other benefits (beyond what the law sets, such as fees and fines) in exchange for work or service?',
    'YN',
    N,
    'ปีที่ผ่านมาเคยถูกเรียกเงินหรือของกำนัล',
    'Asked for money or gifts in the past year',
  ],
  ['E5', 6, 'หน่วยงานดำเนินงานโดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวม', 'Puts the public interest first', 'L4', P],
  [
    'E6',
    7,
    'หน่วยงานมีช่องทางเผยแพร่ข้อมูลข่าวสาร ที่สามารถเข้าถึงได้ง่าย มากน้อยเพียงใด',
    'How easy to reach are the channels the agency publishes its information through?',
    'L4',
    P,
    'ช่องทางเผยแพร่ข้อมูลเข้าถึงง่าย',
    'Easy-to-reach information channels',
  ],
  [
    'E7',
    7,
    'หน่วยงานมีการเผยแพร่ข้อมูลข่าวสารที่ประชาชน หรือผู้รับบริการ ควรได้รับทราบอย่างชัดเจน มากน้อยเพียงใด',
    'How clearly does the agency publish what the public or service users should know?',
    'L4',
    P,
    'เผยแพร่ข้อมูลที่ควรรู้อย่างชัดเจน',
    'Clearly publishes what people should know',
  ],
  [
    'E8',
    7,
    'หน่วยงานมีช่องทางที่ท่านสามารถติชมหรือแสดงความคิดเห็นต่อการปฏิบัติงาน หรือการให้บริการหรือไม่',
    'Does the agency have a channel for you to praise, criticise or comment on its work or service?',
    'YN',
    P,
    'มีช่องทางติชมหรือแสดงความเห็น',
    'Has a channel for comments',
  ],
  [
    'E9',
    7,
    'หน่วยงานสามารถสื่อสาร ตอบข้อซักถาม หรือให้คำอธิบายแก่ท่านได้อย่างชัดเจน มากน้อยเพียงใด',
    'How clearly can the agency communicate, answer your questions or explain things to you?',
    'L4',
    P,
    'ตอบคำถามและอธิบายได้ชัดเจน',
    'Answers and explains clearly',
  ],
  [
    'E10',
    7,
    'หน่วยงานมีช่องทางที่ท่านสามารถแจ้ง ให้ข้อมูล หรือร้องเรียน ในกรณีที่พบว่า มีเจ้าหน้าที่มีการเรียกรับสินบนหรือทุจริตต่อหน้าที่หรือไม่',
    'Does the agency have a channel for you to report, inform or complain when you find staff taking bribes or acting corruptly?',
    'YN',
    P,
    'มีช่องทางแจ้งเรื่องสินบนหรือทุจริต',
    'Has a channel to report bribes or corruption',
  ],
  [
    'E11',
    8,
    'การปฏิบัติหรือการให้บริการของเจ้าหน้าที่ดีขึ้นกว่าที่ผ่านมา มากน้อยเพียงใด',
    "How much better than before is the staff's work or service?",
    'L4',
    P,
    'บริการของเจ้าหน้าที่ดีขึ้นกว่าเดิม',
    'Service better than before',
  ],
  [
    'E12',
    8,
    'วิธีการขั้นตอนการปฏิบัติหรือการให้บริการ สะดวกรวดเร็วกว่าที่ผ่านมา มากน้อยเพียงใด',
    'How much easier and quicker than before are the ways and steps of work or service?',
    'L4',
    P,
    'ขั้นตอนสะดวกรวดเร็วขึ้นกว่าเดิม',
    'Quicker and easier than before',
  ],
  [
    'E13',
    8,
    'หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่',
    'Does the agency have an online service?',
    'YN',
    P,
    'มีระบบบริการออนไลน์',
    'Has an online service',
  ],
  [
    'E14',
    8,
    'หน่วยงานเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมปรับปรุงพัฒนาการดำเนินงานให้ดีขึ้น มากน้อยเพียงใด',
    'How far does the agency let outsiders take part in improving its work?',
    'L4',
    P,
    'เปิดให้คนนอกร่วมปรับปรุงงาน',
    'Outsiders can help improve the work',
  ],
  [
    'E15',
    8,
    'หน่วยงานมีการปรับปรุงองค์กรให้มีความโปร่งใสมากขึ้น มากน้อยเพียงใด',
    'How far has the agency made itself more transparent?',
    'L4',
    P,
    'ปรับปรุงองค์กรให้โปร่งใสขึ้น',
    'More transparent than before',
  ],
];

/** EIT questions of fiscal years 2562–2565 (BE): our summaries, every one marked as such. */
export function eitQuestions2564(): QuestionDef[] {
  return toQuestions(FORM_2564, () => true);
}

/** EIT questions from fiscal year 2566 (BE). E4, E8, E10, E13 are yes/no; E5 is a summary. */
export function eitQuestions2566(): QuestionDef[] {
  return toQuestions(FORM_2566, (code) => code === 'E5');
}
