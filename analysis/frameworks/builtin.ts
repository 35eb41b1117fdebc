/**
 * The built-in frameworks of fiscal years 2562–2568 (BE), assembled from the lists in this folder.
 * Weights are percent of the overall score; scores and thresholds are points 0–100.
 * Verification marks follow shared/domain/ITA.md and sources.md.
 */
import { eitQuestions2564, eitQuestions2566 } from './eit-questions';
import { iitQuestions2564, iitQuestions2566 } from './iit-questions';
import { indicatorsFor, toolsFor } from './indicators';
import type { OitList } from './oit-list';
import { oitList2563 } from './oit-2563';
import { oitList2566 } from './oit-2566';
import { oitList2568 } from './oit-2568';
import { ITA_THRESHOLD, ratingsFor } from './ratings';
import type { Framework, FrameworkVerification } from './types';

/** Fiscal years (BE) that have a built-in framework, oldest first. */
export const BUILTIN_YEARS: readonly number[] = [2562, 2563, 2564, 2565, 2566, 2567, 2568];

const NOTE_Q_TH = 'ช่วงข้อคำถามต่อตัวชี้วัดยืนยันแล้ว แต่ถ้อยคำ มาตรวัด และทิศทางของข้อคำถามมาจากแหล่งเดียวหรือการอนุมาน';
const NOTE_Q_EN =
  'Question ranges per indicator are confirmed; wording, scale and polarity come from one source or inference.';

function verification(
  v: Omit<FrameworkVerification, 'notesTh' | 'notesEn'>,
  th: string,
  en: string,
): FrameworkVerification {
  return { ...v, notesTh: `${th} ${NOTE_Q_TH}`, notesEn: `${en} ${NOTE_Q_EN}` };
}

function assemble(year: number, oit: OitList, v: FrameworkVerification, source: string): Framework {
  const early = year <= 2565;
  return {
    year,
    threshold: ITA_THRESHOLD,
    ratingScheme: early ? 'grade' : 'pass',
    tools: toolsFor(),
    indicators: indicatorsFor(year),
    questions: early
      ? [...iitQuestions2564(), ...eitQuestions2564()]
      : [...iitQuestions2566(), ...eitQuestions2566()],
    subIndicators: oit.subIndicators,
    oitItems: oit.oitItems,
    ratings: ratingsFor(early ? 'grade' : 'pass'),
    verification: v,
    source,
  };
}

function build2562(): Framework {
  const v = verification(
    { indicators: 'verified', questions: 'reconstructed', oit: 'reconstructed', ratings: 'verified' },
    'ปี 2562 ใช้รายการ OIT และข้อคำถามเดียวกับปี 2563 โดยสันนิษฐาน ยังไม่พบเอกสารของปีนี้เอง',
    'The 2562 OIT list and questions are assumed equal to 2563; no document of that year was found.',
  );
  return assemble(2562, oitList2563(), v, 'ITA.md; sources.md §1, §3.1, §4, §5, §7.1 (2563 list assumed)');
}

function build2563to2565(year: number): Framework {
  const v = verification(
    { indicators: 'verified', questions: 'reconstructed', oit: 'verified', ratings: 'verified' },
    'รายการ OIT O1–O43 และจำนวนข้อต่อตัวชี้วัดย่อยยืนยันจากสองแหล่ง ส่วนชื่อข้อ O25–O41 ส่วนใหญ่มาจากแหล่งเดียว',
    'OIT items O1–O43 and their sub-indicator counts are confirmed by two sources; most titles of O25–O41 rest on one.',
  );
  return assemble(year, oitList2563(), v, 'ITA.md; sources.md §2, §3.1, §4 (2564 form), §5, §7.1');
}

function build2566or2567(year: number): Framework {
  const v = verification(
    { indicators: 'verified', questions: 'reconstructed', oit: 'reconstructed', ratings: 'reconstructed' },
    'รายการ OIT ประกอบขึ้นจากเว็บไซต์หน่วยงาน โดย O27 เป็นต้นไปเป็นการอนุมาน และเกณฑ์ระดับผลแบบผ่านมีโครงสร้างยืนยันแล้ว แต่ชื่อระดับและเส้น 70 มาจากแหล่งเดียว',
    'The OIT list is rebuilt from agency sites, O27 onward inferred; the pass-rating structure is confirmed but its labels and the 70 boundary rest on one source.',
  );
  return assemble(year, oitList2566(), v, 'ITA.md; sources.md §3.2, §4, §7.2; seed 004 (question wording)');
}

function build2568(): Framework {
  const v = verification(
    { indicators: 'verified', questions: 'reconstructed', oit: 'partial', ratings: 'reconstructed' },
    'รายการ OIT ปี 2568 ไม่ครบ: ชื่อข้อมาจากเว็บไซต์หน่วยงานเดียว O2 และ O5–O7 อนุมานจากปี 2566 และการจัดข้อเข้าตัวชี้วัดย่อยเป็นการอนุมานทั้งหมด',
    'The 2568 OIT list is partial: titles come from one agency site, O2 and O5–O7 are inferred from 2566, and the whole sub-indicator mapping is inferred.',
  );
  return assemble(
    2568,
    oitList2568(),
    v,
    'ITA.md; sources.md §3.2, §7.3 (partial); seed 004 (question wording)',
  );
}

/** A fresh built-in framework for each year in BUILTIN_YEARS, oldest first. */
export function builtinFrameworks(): Framework[] {
  return [
    build2562(),
    build2563to2565(2563),
    build2563to2565(2564),
    build2563to2565(2565),
    build2566or2567(2566),
    build2566or2567(2567),
    build2568(),
  ];
}
