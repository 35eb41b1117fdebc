import { describe, expect, it } from 'vitest';
import { iitQuestions2564, iitQuestions2566 } from '@analysis/frameworks/iit-questions';
import { eitQuestions2564, eitQuestions2566 } from '@analysis/frameworks/eit-questions';
import type { QuestionDef } from '@analysis/frameworks/types';
import {
  canonicalQuestionCode,
  findingClause,
  findingEra,
  findingText,
  formatFindingPct,
} from '@analysis/findings/finding-text';
import { IIT_CLAUSES_2564, IIT_CLAUSES_2566 } from '@analysis/findings/iit-clauses';
import { EIT_CLAUSES_2564, EIT_CLAUSES_2566 } from '@analysis/findings/eit-clauses';

const THAI_LETTER = /[\u0E01-\u0E2E]/;
const ANY_THAI = /[\u0E00-\u0E7F]/;

/** A year of each era and the questions of that era. */
const ERAS: { year: number; questions: QuestionDef[] }[] = [
  { year: 2564, questions: [...iitQuestions2564(), ...eitQuestions2564()] },
  { year: 2566, questions: [...iitQuestions2566(), ...eitQuestions2566()] },
];

describe('finding clauses', () => {
  it('I1–I30 and E1–E15 are all there in both eras', () => {
    for (const { questions } of ERAS) {
      const codes = questions.map((q) => q.code);
      for (let n = 1; n <= 30; n++) expect(codes).toContain(`I${n}`);
      for (let n = 1; n <= 15; n++) expect(codes).toContain(`E${n}`);
    }
  });

  for (const { year, questions } of ERAS) {
    it(`every question of the ${year} era has a Thai and an English clause`, () => {
      for (const q of questions) {
        const th = findingClause(q.code, year, 'th');
        const en = findingClause(q.code, year, 'en');
        expect(th, q.code).toMatch(THAI_LETTER);
        expect(en, q.code).toMatch(/^[a-z]/);
        expect(en, q.code).not.toMatch(ANY_THAI);
        for (const s of [th, en]) {
          expect(s, q.code).toBe(s?.trim());
          expect(s, q.code).not.toMatch(/[.。]$|\s{2}/);
        }
      }
    });
  }

  it('the clause tables hold exactly the questions of their era', () => {
    const keys = (r: object): string[] => Object.keys(r).sort();
    const codes = (qs: QuestionDef[]): string[] => qs.map((q) => q.code).sort();
    expect(keys(IIT_CLAUSES_2564)).toEqual(codes(iitQuestions2564()));
    expect(keys(IIT_CLAUSES_2566)).toEqual(codes(iitQuestions2566()));
    expect(keys(EIT_CLAUSES_2564)).toEqual(codes(eitQuestions2564()));
    expect(keys(EIT_CLAUSES_2566)).toEqual(codes(eitQuestions2566()));
  });

  it('picks the era by fiscal year', () => {
    expect(findingEra(2562)).toBe(2564);
    expect(findingEra(2565)).toBe(2564);
    expect(findingEra(2566)).toBe(2566);
    expect(findingEra(2568)).toBe(2566);
    expect(findingEra(Number.NaN)).toBe(2566);
  });

  it('follows the rewording between eras', () => {
    // I9 is reverse-worded (misuse for private gain) up to 2565, positive (as intended, value) from 2566.
    expect(findingClause('I9', 2565, 'en')).toMatch(/cronies/);
    expect(findingClause('I9', 2566, 'en')).toMatch(/as intended/);
    // E13: use of technology up to 2565, a yes/no online service from 2566.
    expect(findingClause('E13', 2564, 'th')).toMatch(/เทคโนโลยี/);
    expect(findingClause('E13', 2567, 'th')).toMatch(/ออนไลน์/);
    // E5 is the same in both.
    expect(findingClause('E5', 2564, 'th')).toBe(findingClause('E5', 2566, 'th'));
  });

  it('reverse-worded questions state the bad behaviour', () => {
    expect(findingClause('I16', 2566, 'th')).toMatch(/ธุระส่วนตัว/);
    expect(findingClause('I16', 2566, 'en')).toMatch(/errands/);
    expect(findingClause('E4', 2566, 'th')).toMatch(/^ในรอบปีที่ผ่านมาเจ้าหน้าที่เคย/);
    expect(findingClause('I4', 2564, 'th')).toMatch(/^มีเจ้าหน้าที่ในหน่วยงานเรียกรับเงิน/);
  });

  it('accepts codes in any case, with Thai digits or leading zeros', () => {
    expect(canonicalQuestionCode(' e๑๐ ')).toBe('E10');
    expect(canonicalQuestionCode('i07')).toBe('I7');
    expect(findingClause('e๑๐', 2566, 'en')).toBe(findingClause('E10', 2566, 'en'));
  });
});

describe('findingText', () => {
  it('writes the E10 finding of seed 004 (2566, 34.04% negative)', () => {
    const th = findingText('E10', 2566, 34.04, 'th');
    expect(th.startsWith('ผู้รับบริการร้อยละ 34.04 เห็นว่า')).toBe(true);
    expect(th).toMatch(/ช่องทาง/);
    expect(th).toMatch(/ทุจริต|สินบน/);
    const en = findingText('E10', 2566, 34.04, 'en');
    expect(en).toBe(
      '34.04% of service users think the agency has no channel to report bribery or corruption by its staff, ' +
        'or they do not know of one.',
    );
  });

  it('writes Thai digits when asked', () => {
    const th = findingText('E10', 2566, 34.04, 'th', { thaiDigits: true });
    expect(th.startsWith('ผู้รับบริการร้อยละ ๓๔.๐๔ เห็นว่า')).toBe(true);
    expect(th).not.toMatch(/[0-9]/);
    expect(findingText('O5', 2566, 12, 'th', { thaiDigits: true })).toBe('ผู้ตอบร้อยละ ๑๒.๐๐ ตอบในทางลบต่อข้อ O๕');
    expect(findingText('E10', 2566, 34.04, 'th', { thaiDigits: false })).toMatch(/34\.04/);
  });

  it('names staff for IIT questions and service users for EIT questions', () => {
    for (const { year, questions } of ERAS) {
      for (const q of questions) {
        const th = findingText(q.code, year, 6.06, 'th');
        const en = findingText(q.code, year, 6.06, 'en');
        if (q.tool === 'IIT') {
          expect(th.startsWith('บุคลากรภายในหน่วยงานร้อยละ 6.06 เห็นว่า'), q.code).toBe(true);
          expect(en.startsWith('6.06% of staff think '), q.code).toBe(true);
        } else {
          expect(th.startsWith('ผู้รับบริการร้อยละ 6.06 เห็นว่า'), q.code).toBe(true);
          expect(en.startsWith('6.06% of service users think '), q.code).toBe(true);
        }
        expect(th.endsWith(findingClause(q.code, year, 'th') ?? '?'), q.code).toBe(true);
        expect(en.endsWith(`${findingClause(q.code, year, 'en') ?? '?'}.`), q.code).toBe(true);
      }
    }
    expect(findingText('I16', 2566, 3.03, 'th')).toMatch(/^บุคลากรภายในหน่วยงานร้อยละ 3\.03 เห็นว่า.*ธุระส่วนตัว/);
  });

  it('falls back to a generic sentence for a code without a clause', () => {
    expect(findingClause('O5', 2566, 'th')).toBeNull();
    expect(findingClause('I31', 2566, 'en')).toBeNull();
    expect(findingClause('X', 2566, 'en')).toBeNull();
    expect(findingText('O5', 2566, 12, 'th')).toBe('ผู้ตอบร้อยละ 12.00 ตอบในทางลบต่อข้อ O5');
    expect(findingText('O5', 2566, 12, 'en')).toBe('12.00% of respondents answered item O5 negatively.');
    expect(findingText('I31', 2566, 7.5, 'th')).toBe('บุคลากรภายในหน่วยงานร้อยละ 7.50 ตอบในทางลบต่อข้อ I31');
    expect(findingText('E16', 2564, 7.5, 'en')).toBe(
      '7.50% of service users answered question E16 negatively.',
    );
    expect(findingText('', 2566, 1, 'en')).toBe('1.00% of respondents answered negatively.');
  });

  it('formats the share with exactly two decimals', () => {
    expect(formatFindingPct(34.0)).toBe('34.00');
    expect(formatFindingPct(6.06)).toBe('6.06');
    expect(formatFindingPct(0)).toBe('0.00');
    expect(formatFindingPct(100)).toBe('100.00');
    expect(formatFindingPct(2.125)).toBe('2.13');
    expect(formatFindingPct(33.333333)).toBe('33.33');
    expect(findingText('E10', 2566, 34.0, 'th').startsWith('ผู้รับบริการร้อยละ 34.00 ')).toBe(true);
    expect(findingText('I9', 2566, 6.06, 'en').startsWith('6.06% of staff')).toBe(true);
  });

  it('says "some" when the share is unknown', () => {
    expect(findingText('E10', 2566, Number.NaN, 'th')).toMatch(/^ผู้รับบริการบางส่วนเห็นว่าหน่วยงาน/);
    expect(findingText('I1', 2564, Number.NaN, 'en')).toMatch(/^Some staff think work in the agency/);
    expect(findingText('O1', 2564, Number.POSITIVE_INFINITY, 'en')).toBe(
      'Some respondents answered item O1 negatively.',
    );
  });
});
