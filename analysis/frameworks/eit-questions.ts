/**
 * EIT questions E1–E15 (external stakeholder survey), five per indicator: E1–E5 → 6, E6–E10 → 7,
 * E11–E15 → 8 (shared/domain/ITA.md). Wording is a short paraphrase.
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
    tool: 'EIT',
    indicator,
    textTh,
    textEn,
    scale,
    polarity,
  }));
}

const P: Polarity = 'positive';
const N: Polarity = 'negative';

/** 2563–2565 list as recalled in sources.md §5 [INF]; assumed for 2562 too. */
const FORM_2564: readonly Row[] = [
  ['E1', 6, 'ทำงานตามขั้นตอนและระยะเวลา', 'Follows steps and time limits', 'L4', P],
  ['E2', 6, 'ให้บริการทุกคนเท่าเทียมกัน', 'Treats everyone equally', 'L4', P],
  ['E3', 6, 'ให้ข้อมูลตรงไปตรงมา ไม่ปิดบัง', 'Gives candid, undistorted information', 'L4', P],
  ['E4', 6, 'เคยถูกเรียกเงินหรือประโยชน์', 'Was asked for money or favours', 'YN', N],
  ['E5', 6, 'คำนึงถึงประโยชน์ส่วนรวม', 'Puts the public interest first', 'L4', P],
  ['E6', 7, 'ข้อมูลเข้าถึงง่ายหลายช่องทาง', 'Information easy to reach, many channels', 'L4', P],
  ['E7', 7, 'เผยแพร่ผลงานที่ประชาชนควรรู้', 'Publishes results the public should know', 'L4', P],
  ['E8', 7, 'มีช่องทางรับคำติชม', 'Has a feedback channel', 'YN', P],
  ['E9', 7, 'ชี้แจงข้อสงสัยได้ชัดเจน', 'Answers questions clearly', 'L4', P],
  ['E10', 7, 'มีช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่', 'Has a channel to report staff corruption', 'YN', P],
  ['E11', 8, 'ปรับปรุงคุณภาพการให้บริการ', 'Service quality improved', 'L4', P],
  ['E12', 8, 'ปรับปรุงวิธีการและขั้นตอน', 'Procedures improved', 'L4', P],
  ['E13', 8, 'นำเทคโนโลยีมาช่วยให้บริการ', 'Technology used in service', 'L4', P],
  ['E14', 8, 'เปิดให้ผู้รับบริการร่วมปรับปรุงงาน', 'Service users can help improve the work', 'L4', P],
  ['E15', 8, 'ปรับปรุงให้โปร่งใสขึ้น', 'Made more transparent', 'L4', P],
];

/** 2566-era list as printed in seed 004; E5 is not in the seed and keeps its earlier sense. */
const FORM_2566: readonly Row[] = [
  ['E1', 6, 'ให้บริการตามขั้นตอนและระยะเวลา', 'Service follows steps and time limits', 'L4', P],
  ['E2', 6, 'ให้บริการเป็นธรรม ไม่เลือกปฏิบัติ', 'Fair, non-discriminating service', 'L4', P],
  ['E3', 6, 'มุ่งผลสำเร็จและรับผิดชอบต่อหน้าที่', 'Results-focused and accountable', 'L4', P],
  ['E4', 6, 'ปีที่ผ่านมาเคยถูกเรียกเงินหรือของกำนัล', 'Asked for money or gifts in the past year', 'YN', N],
  ['E5', 6, 'คำนึงถึงประโยชน์ส่วนรวม', 'Puts the public interest first', 'L4', P],
  ['E6', 7, 'ช่องทางเผยแพร่ข้อมูลเข้าถึงง่าย', 'Easy-to-reach information channels', 'L4', P],
  ['E7', 7, 'เผยแพร่ข้อมูลที่ควรรู้อย่างชัดเจน', 'Clearly publishes what people should know', 'L4', P],
  ['E8', 7, 'มีช่องทางติชมหรือแสดงความเห็น', 'Has a channel for comments', 'YN', P],
  ['E9', 7, 'ตอบคำถามและอธิบายได้ชัดเจน', 'Answers and explains clearly', 'L4', P],
  ['E10', 7, 'มีช่องทางแจ้งเรื่องสินบนหรือทุจริต', 'Has a channel to report bribes or corruption', 'YN', P],
  ['E11', 8, 'บริการของเจ้าหน้าที่ดีขึ้นกว่าเดิม', 'Service better than before', 'L4', P],
  ['E12', 8, 'ขั้นตอนสะดวกรวดเร็วขึ้นกว่าเดิม', 'Quicker and easier than before', 'L4', P],
  ['E13', 8, 'มีระบบบริการออนไลน์', 'Has an online service', 'YN', P],
  ['E14', 8, 'เปิดให้คนนอกร่วมปรับปรุงงาน', 'Outsiders can help improve the work', 'L4', P],
  ['E15', 8, 'ปรับปรุงองค์กรให้โปร่งใสขึ้น', 'More transparent than before', 'L4', P],
];

/** EIT questions of fiscal years 2562–2565 (BE). */
export function eitQuestions2564(): QuestionDef[] {
  return toQuestions(FORM_2564);
}

/** EIT questions from fiscal year 2566 (BE). E4, E8, E10, E13 are yes/no. */
export function eitQuestions2566(): QuestionDef[] {
  return toQuestions(FORM_2566);
}
