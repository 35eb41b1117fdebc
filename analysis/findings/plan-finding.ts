/**
 * The finding (ข้อค้นพบ) a measures plan prints for one question or OIT item, saying what respondents (or
 * the assessors) said and never more than the data carry:
 * - a share of negative answers given in the data: "ผู้รับบริการร้อยละ 34.04 เห็นว่า…" (finding-text.ts);
 * - a yes/no question without a share: 100 − score only where the data carry it (yes-no-finding.ts): exact
 *   with how it was worked out when the respondent count makes it a whole number of people, about so much
 *   in whole percent when the count is unknown, none (but what the score means) when it is no whole
 *   number of them;
 * - a four-level question without a share: no share at all (none can be derived from a mean), but where
 *   the average answer lies on the form's scale;
 * - an OIT item: the assessors' verdict and what a failed item costs.
 */
import type { Polarity, Scale, ToolId } from '../frameworks/types';
import { round } from '../scoring/round';
import { findingText } from './finding-text';
import type { FindingLang } from './types';
import { yesNoFinding } from './yes-no-finding';

/** What a finding is written from (a CodeResult carries all of it). */
export interface FindingInput {
  code: string;
  tool: ToolId;
  scale: Scale | null;
  polarity: Polarity | null;
  score: number;
  negativePct: number | null;
  negativeSource: 'data' | 'derived' | null;
  /** Respondents to the question, when the data give them. */
  respondents: number | null;
  /** Overall points the code loses against a full 100. */
  pointsLost: number;
}

const f2 = (v: number): string => round(v, 2).toFixed(2);

/** The four answers of the form, worst to best for a positively worded question. */
const LEVELS_TH = ['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด'];
const LEVELS_EN = ['very little or none', 'little', 'much', 'very much'];

const PEOPLE = {
  IIT: { th: 'บุคลากรภายในหน่วยงาน', en: 'staff' },
  other: { th: 'ผู้รับบริการ', en: 'service users' },
} as const;

function who(tool: ToolId, lang: FindingLang): string {
  return PEOPLE[tool === 'IIT' ? 'IIT' : 'other'][lang];
}

/**
 * The finding written from what respondents answered: the share the data give, or for a yes/no question
 * what its score says (yes-no-finding.ts). null for any other question or item without a share (the
 * analysis then shows that the data hold none).
 */
export function answerFinding(c: FindingInput, year: number, lang: FindingLang): string | null {
  if (c.negativeSource === 'data' && c.negativePct !== null)
    return findingText(c.code, year, c.negativePct, lang);
  if (c.scale === 'YN' && c.tool !== 'OIT')
    return yesNoFinding(
      {
        code: c.code,
        score: c.score,
        respondents: c.respondents,
        people: PEOPLE[c.tool === 'IIT' ? 'IIT' : 'other'],
      },
      year,
      lang,
    );
  return null;
}

/**
 * Where the mean answer of a four-level question lies on the form's scale: the answer level of a score
 * (0 = the first answer, 3 = the last), reversed for a reverse-worded question, whose best score is
 * "very little or none".
 */
function averageAnswer(c: FindingInput, lang: FindingLang): string {
  const levels = lang === 'th' ? LEVELS_TH : LEVELS_EN;
  const answer = ((c.polarity === 'negative' ? 100 - c.score : c.score) / 100) * 3;
  const near = Math.round(answer);
  // Thai names the level ("ระดับมาก"): quotation marks around a Thai word let a narrow cell break it.
  const q = (i: number) => (lang === 'th' ? `ระดับ${levels[i]}` : `"${levels[i]}"`);
  const people = who(c.tool, lang);
  if (Math.abs(answer - near) < 0.005) {
    const all = c.score >= 100 || c.score <= 0;
    if (all)
      return lang === 'th'
        ? `${people}ทุกคนตอบ${q(near)} (คะแนน ${f2(c.score)})`
        : `Every one of the ${people} answered ${q(near)} (score ${f2(c.score)}).`;
    return lang === 'th'
      ? `คำตอบเฉลี่ยของ${people}ตรงกับ${q(near)} (คะแนน ${f2(c.score)}) ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ`
      : `The ${people}' answers average at ${q(near)} (score ${f2(c.score)}); the data give no share of negative answers.`;
  }
  const lo = Math.floor(answer);
  return lang === 'th'
    ? `คำตอบเฉลี่ยของ${people}อยู่ระหว่าง${q(lo)}กับ${q(lo + 1)} (คะแนน ${f2(c.score)}) ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ`
    : `The ${people}' answers average between ${q(lo)} and ${q(lo + 1)} (score ${f2(c.score)}); the data give no share of negative answers.`;
}

function oitFinding(c: FindingInput, lang: FindingLang): string {
  if (c.score >= 100)
    return lang === 'th' ? `ผู้ตรวจประเมินให้ข้อ ${c.code} ผ่านเกณฑ์` : `The assessors passed item ${c.code}.`;
  return lang === 'th'
    ? `ผู้ตรวจประเมินให้ข้อ ${c.code} ไม่ผ่านเกณฑ์ (เสีย ${f2(c.pointsLost)} คะแนนรวม)`
    : `The assessors did not pass item ${c.code} (it costs ${f2(c.pointsLost)} overall points).`;
}

/** The finding of one question or OIT item of fiscal year `year` (BE), in Arabic digits. */
export function planFinding(c: FindingInput, year: number, lang: FindingLang): string {
  if (c.tool === 'OIT') return oitFinding(c, lang);
  const answered = answerFinding(c, year, lang);
  if (answered !== null) return answered;
  if (c.scale === 'L4') return averageAnswer(c, lang);
  const people = who(c.tool, lang);
  return lang === 'th'
    ? `${people}ให้คะแนนข้อนี้ ${f2(c.score)} ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ`
    : `The ${people} scored this question ${f2(c.score)}; the data give no share of negative answers.`;
}
