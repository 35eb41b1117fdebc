/**
 * The finding of a yes/no question whose data give no share of negative answers, written from its score
 * by the rule of yes-no-share.ts: an exact share (with how it was worked out) when the respondent count
 * makes 100 − score a whole number of people, an estimate in whole percent when the count is unknown,
 * and no share at all, but what the score means, when the score is no whole number of the respondents.
 */
import { round } from '../scoring/round';
import { findingClause, formatFindingPct } from './finding-text';
import type { FindingLang } from './types';
import { yesNoShare } from './yes-no-share';

export interface YesNoInput {
  code: string;
  score: number;
  /** Respondents to the question, when the data give them. */
  respondents: number | null;
  /** Who answered: "ผู้รับบริการ" / "service users" … */
  people: { th: string; en: string };
}

const f2 = (v: number): string => round(v, 2).toFixed(2);

/** "<subject> เห็นว่า<clause> <how>" / "<subject> think <clause> <how>." (a generic verb without a clause). */
function sentence(c: YesNoInput, year: number, lang: FindingLang, subject: string, how: string): string {
  const clause = findingClause(c.code, year, lang);
  if (lang === 'th') return clause ? `${subject} เห็นว่า${clause} ${how}` : `${subject} ตอบในทางลบ ${how}`;
  return clause ? `${subject} think ${clause} ${how}.` : `${subject} answered negatively ${how}.`;
}

/** The finding of yes/no question `c` of fiscal year `year` (BE) whose data give no share. */
export function yesNoFinding(c: YesNoInput, year: number, lang: FindingLang): string {
  const share = yesNoShare(c.score, c.respondents);
  const th = lang === 'th';
  if (share.kind !== 'inconsistent' && share.pct <= 0)
    return th
      ? `ไม่มี${c.people.th}ตอบในทางลบ (คะแนนเต็ม ${f2(c.score)})`
      : `None of the ${c.people.en} answered negatively (full score ${f2(c.score)}).`;
  if (share.kind === 'derived')
    return sentence(
      c,
      year,
      lang,
      th
        ? `${c.people.th}ร้อยละ ${formatFindingPct(share.pct)} (${share.count} จาก ${share.respondents} คน)`
        : `${formatFindingPct(share.pct)}% of ${c.people.en} (${share.count} of ${share.respondents})`,
      th
        ? `(คิดจาก 100 − คะแนน ${f2(c.score)} ของข้อที่ตอบว่ามีหรือไม่มี ข้อมูลไม่ได้ให้สัดส่วนไว้)`
        : `(worked out as 100 − the score ${f2(c.score)} of this yes/no question; the data give no share)`,
    );
  if (share.kind === 'estimated') {
    const about = Math.max(1, Math.round(share.pct));
    return sentence(
      c,
      year,
      lang,
      th ? `${c.people.th}ราวร้อยละ ${about}` : `About ${about}% of ${c.people.en}`,
      th
        ? `(ประมาณจาก 100 − คะแนน ${f2(c.score)} ของข้อที่ตอบว่ามีหรือไม่มี ข้อมูลไม่ได้ให้สัดส่วนไว้)`
        : `(estimated as 100 − the score ${f2(c.score)} of this yes/no question; the data give no share)`,
    );
  }
  const n = share.respondents;
  return th
    ? `${c.people.th}ให้ข้อนี้ ${f2(c.score)} คะแนนจาก 100 (100 คือทุกคนตอบในทางบวก) แต่ 100 − ${f2(c.score)} ไม่ตรงกับผู้ตอบจำนวนเต็มคนจาก ${n} คน คะแนนนี้จึงไม่ใช่ร้อยละของผู้ตอบ และข้อมูลไม่ได้ให้สัดส่วนผู้ที่ตอบในทางลบ`
    : `The ${c.people.en} gave this question ${f2(c.score)} out of 100 (100: every one answered positively), but 100 − ${f2(c.score)} is no whole number of the ${n} respondents, so the score is not a share of answers, and the data give no share of negative answers.`;
}
