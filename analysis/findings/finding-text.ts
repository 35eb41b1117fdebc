/**
 * Negative-finding sentences (ข้อค้นพบ) a working group writes from the share of respondents who answered a
 * question negatively, e.g. "ผู้รับบริการร้อยละ 34.04 เห็นว่าหน่วยงานยังไม่มีช่องทาง…" (E10, 2566).
 * IIT respondents are the agency's staff, EIT respondents its service users.
 */
import { round } from '../scoring/round';
import { toArabicDigits, toThaiDigits } from '../text/thai-digits';
import { EIT_CLAUSES_2564, EIT_CLAUSES_2566 } from './eit-clauses';
import { IIT_CLAUSES_2564, IIT_CLAUSES_2566 } from './iit-clauses';
import type { FindingClause, FindingEra, FindingLang, FindingTextOptions } from './types';

/**
 * The wording era of fiscal year `year` (BE): 2564 for years up to 2565, 2566 from 2566 on.
 * A year that is not a finite number gets the current era, 2566.
 */
export function findingEra(year: number): FindingEra {
  return Number.isFinite(year) && year <= 2565 ? 2564 : 2566;
}

/**
 * The canonical form of a question code: trimmed, upper case, Arabic digits, no leading zeros
 * (`' e๑๐ '` → `E10`, `i07` → `I7`). Anything else comes back trimmed.
 */
export function canonicalQuestionCode(code: string): string {
  const c = toArabicDigits(code.trim()).toUpperCase();
  const m = /^([A-Z]+)0*(\d+)$/.exec(c);
  return m ? `${m[1]}${m[2]}` : c;
}

type Who = 'staff' | 'users' | 'any';

/** Who answers a code: IIT codes (`I…`) staff, EIT codes (`E…`) service users, anything else unknown. */
function respondents(code: string): Who {
  if (/^I\d+$/.test(code)) return 'staff';
  if (/^E\d+$/.test(code)) return 'users';
  return 'any';
}

function clauseFor(code: string, year: number): FindingClause | null {
  const c = canonicalQuestionCode(code);
  const who = respondents(c);
  if (who === 'any') return null;
  const old = findingEra(year) === 2564;
  const table =
    who === 'staff' ? (old ? IIT_CLAUSES_2564 : IIT_CLAUSES_2566) : old ? EIT_CLAUSES_2564 : EIT_CLAUSES_2566;
  return Object.hasOwn(table, c) ? (table[c] ?? null) : null;
}

/**
 * The negative-finding clause of question `code` (I1–I30, E1–E15) in fiscal year `year` (BE): what the
 * respondents who answered it negatively think, to follow "…เห็นว่า" / "…think". null for any other code.
 */
export function findingClause(code: string, year: number, lang: FindingLang): string | null {
  const clause = clauseFor(code, year);
  return clause ? clause[lang] : null;
}

/** A share in percent with exactly two decimals, rounded half away from zero (34 → `34.00`). */
export function formatFindingPct(pct: number): string {
  return round(pct, 2).toFixed(2);
}

const WHO_TH: Record<Who, string> = { staff: 'บุคลากรภายในหน่วยงาน', users: 'ผู้รับบริการ', any: 'ผู้ตอบ' };
const WHO_EN: Record<Who, string> = { staff: 'staff', users: 'service users', any: 'respondents' };

function thaiSentence(who: Who, pct: string | null, clause: string | null, code: string): string {
  const subject = pct === null ? `${WHO_TH[who]}บางส่วน` : `${WHO_TH[who]}ร้อยละ ${pct} `;
  if (clause !== null) return `${subject}เห็นว่า${clause}`;
  return `${subject}ตอบในทางลบ${code === '' ? '' : `ต่อข้อ ${code}`}`;
}

function englishSentence(who: Who, pct: string | null, clause: string | null, code: string): string {
  const subject = pct === null ? `Some ${WHO_EN[who]}` : `${pct}% of ${WHO_EN[who]}`;
  if (clause !== null) return `${subject} think ${clause}.`;
  const item = code === '' ? '' : ` ${who === 'any' ? 'item' : 'question'} ${code}`;
  return `${subject} answered${item} negatively.`;
}

/**
 * A full negative-finding sentence for question `code` in fiscal year `year` (BE), where `negativePct`
 * percent of respondents answered negatively: th `ผู้รับบริการร้อยละ 34.04 เห็นว่า…`,
 * en `34.04% of service users think ….` The share is shown with exactly two decimals; a share that is not a
 * finite number (unknown) reads "some" (`…บางส่วนเห็นว่า…`, `Some service users think …`).
 * A code without a clause (O items, codes a user framework adds) gets a generic sentence:
 * `…ร้อยละ 12.00 ตอบในทางลบต่อข้อ O5`, `12.00% of respondents answered item O5 negatively.`
 * With `opts.thaiDigits`, every digit of the sentence is written as a Thai digit (๓๔.๐๔).
 */
export function findingText(
  code: string,
  year: number,
  negativePct: number,
  lang: FindingLang,
  opts: FindingTextOptions = {},
): string {
  const c = canonicalQuestionCode(code);
  const who = respondents(c);
  const pct = Number.isFinite(negativePct) ? formatFindingPct(negativePct) : null;
  const clause = findingClause(c, year, lang);
  const text = lang === 'th' ? thaiSentence(who, pct, clause, c) : englishSentence(who, pct, clause, c);
  return opts.thaiDigits ? toThaiDigits(text) : text;
}
