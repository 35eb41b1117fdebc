/**
 * The measures plan as agencies lay it out (seed 004), as one model that Word, print, CSV and the CLI's
 * text all render, so that they carry the same fields: per issue (ประเด็น) its questions in the NACC's
 * wording with their scores and its findings, then one row per measure with its own steps, timeframe,
 * responsible unit, constraints (ข้อจำกัด) and the evidence to publish. Texts are plain, in Arabic
 * digits; each renderer sets digits and marks its own way.
 */
import { markKey, markLabel, type WordingMark } from '../frameworks/wording';
import { round } from '../scoring/round';
import { timeframeText } from './timeframe';
import type { Plan, PlanMeasure, PlanQuestion } from './types';

export interface PlanTableOptions {
  lang: 'th' | 'en';
  timeframes: 'quarters' | 'months';
}

/** A question as the table quotes it: "E10 <wording> คะแนน 66.00", and its mark (note number) if any. */
export interface TableQuestion {
  code: string;
  text: string;
  score: string;
  /** 1-based number of the note explaining the mark, or null. */
  note: number | null;
}

export interface TableMeasure {
  id: string;
  /** "1", "2", … within the issue. */
  no: string;
  title: string;
  steps: string[];
  timeframe: string;
  unit: string;
  evidence: string;
  limitations: string;
  /** Codes the measure answers. */
  codes: string[];
}

export interface TableIssue {
  id: string;
  /** "(1)" … as seed 004 numbers its issues. */
  no: string;
  title: string;
  questions: TableQuestion[];
  findings: string[];
  /** One row each; an issue without measures has none (renderers print one empty row). */
  measures: TableMeasure[];
}

export interface PlanTable {
  title: string;
  subtitle: string;
  intro: string;
  issues: TableIssue[];
  /** The notes the marks refer to, numbered from 1, in first-use order. */
  notes: string[];
  /** Column headings (first header row, second header row for the two analysis columns). */
  head: {
    issue: string;
    analysis: string;
    question: string;
    finding: string;
    steps: string;
    time: string;
    unit: string;
    evidence: string;
    limitations: string;
  };
  /** "ประกาศ ณ วันที่ …" line and the three signers. */
  announced: string;
  signers: { role: string; lines: string[] }[];
}

export function questionMarkOf(q: PlanQuestion): WordingMark | null {
  if (!q.mark) return null;
  if (q.mark === 'earlier-form') return { kind: 'earlier-form', formYear: q.formYear ?? 2564 };
  return { kind: q.mark };
}

const f2 = (v: number): string => round(v, 2).toFixed(2);
const pick = (th: boolean, a: string, b: string): string => (th ? a || b : b || a);

function measureRow(m: PlanMeasure, k: number, plan: Plan, o: PlanTableOptions): TableMeasure {
  const th = o.lang === 'th';
  return {
    id: m.id,
    no: String(k + 1),
    title: pick(th, m.titleTh, m.titleEn),
    steps: (th ? m.stepsTh : m.stepsEn).map((s) => s.trim()).filter(Boolean),
    timeframe: timeframeText(m.timeframe, plan.planYear, o.lang, o.timeframes),
    unit: pick(th, m.unitTh, m.unitEn),
    evidence: pick(th, m.evidenceTh, m.evidenceEn),
    limitations: pick(th, m.limitationsTh ?? '', m.limitationsEn ?? ''),
    codes: [...m.codes],
  };
}

/** The preamble of the plan, as seed 004 opens it (our words). */
function introText(plan: Plan, th: boolean): string {
  const score = plan.overall === null ? null : f2(plan.overall);
  const rating = th ? plan.ratingTh : plan.ratingEn;
  return th
    ? `ตามที่คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสของ${plan.orgName} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${plan.basedOnYear}${score ? ` ซึ่งหน่วยงานได้คะแนน ${score} คะแนน${rating ? ` ระดับ${rating}` : ''}` : ''} เพื่อหาจุดอ่อนและข้อบกพร่องที่ต้องปรับปรุง จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.planYear} ตามประเด็นการประเมิน ดังนี้`
    : `The ITA working group of ${plan.orgName} analysed the ${plan.basedOnYear} BE Integrity and Transparency Assessment${score ? ` (score ${score}${rating ? `, ${rating}` : ''})` : ''} to find the weak points to fix, and sets the following measures to promote integrity and transparency in fiscal year ${plan.planYear} BE, issue by issue.`;
}

/** The plan table of `plan` (texts filled from the other language where one is empty). */
export function planTable(plan: Plan, o: PlanTableOptions): PlanTable {
  const th = o.lang === 'th';
  const notes: string[] = [];
  const noteIds = new Map<string, number>();
  const noteOf = (mark: WordingMark | null): number | null => {
    if (!mark) return null;
    const key = markKey(mark);
    let id = noteIds.get(key);
    if (id === undefined) {
      notes.push(markLabel(mark, o.lang));
      id = notes.length;
      noteIds.set(key, id);
    }
    return id;
  };
  const issues = plan.issues.map((issue, i): TableIssue => ({
    id: issue.id,
    no: `(${i + 1})`,
    title: pick(th, issue.titleTh, issue.titleEn),
    questions: issue.questions.map((q) => ({
      code: q.code,
      text: pick(th, q.textTh, q.textEn),
      score: f2(q.score),
      note: noteOf(questionMarkOf(q)),
    })),
    findings: issue.questions.map((q) => pick(th, q.findingTh, q.findingEn)).filter((f) => f.trim()),
    measures: issue.measures.map((m, k) => {
      const row = measureRow(m, k, plan, o);
      // A constraint written for the whole issue by an older plan prints with its first measure.
      if (k === 0 && issue.limitationsTh.trim())
        row.limitations = [row.limitations, issue.limitationsTh.trim()].filter(Boolean).join('\n');
      return row;
    }),
  }));
  const dots = '........................................';
  const signer = (role: string) => ({
    role,
    lines: th
      ? [`(ลงชื่อ) ${dots}`, `(${dots})`, `ตำแหน่ง ${dots}`, `วันที่ ${dots}`, role]
      : [`Signed ${dots}`, `(${dots})`, `Position ${dots}`, `Date ${dots}`, role],
  });
  return {
    title: th
      ? `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName}`
      : `Measures to promote integrity and transparency within ${plan.orgName}`,
    subtitle: th ? `ประจำปีงบประมาณ พ.ศ. ${plan.planYear}` : `Fiscal year ${plan.planYear} BE`,
    intro: introText(plan, th),
    issues,
    notes,
    head: th
      ? {
          issue: 'ประเด็น',
          analysis: 'การนำผลการวิเคราะห์ไปสู่การปฏิบัติ',
          question: 'ข้อคำถาม ITA',
          finding: 'ข้อค้นพบ',
          steps: 'ขั้นตอน/วิธีการปฏิบัติ',
          time: 'ระยะเวลาดำเนินการ',
          unit: 'หน่วยงานผู้รับผิดชอบ',
          evidence: 'หลักฐานที่เผยแพร่',
          limitations: 'ข้อจำกัดของหน่วยงาน',
        }
      : {
          issue: 'Issue',
          analysis: 'From the analysis to action',
          question: 'ITA question',
          finding: 'Finding',
          steps: 'Measure and steps',
          time: 'Timeframe',
          unit: 'Responsible unit',
          evidence: 'Evidence to publish',
          limitations: 'Constraints',
        },
    announced: th
      ? 'ประกาศ ณ วันที่ ........ เดือน .................... พ.ศ. ............'
      : 'Announced on ..............................',
    signers: th
      ? [signer('ผู้เสนอ'), signer('ผู้เห็นชอบ'), signer('ผู้อนุมัติ')]
      : [signer('Proposed by'), signer('Endorsed by'), signer('Approved by')],
  };
}

/** A question as one line of text: "E10 <wording> คะแนน 66.00". */
export function questionLine(q: TableQuestion, lang: 'th' | 'en'): string {
  return `${q.code} ${q.text} ${lang === 'th' ? 'คะแนน' : 'score'} ${q.score}`;
}
