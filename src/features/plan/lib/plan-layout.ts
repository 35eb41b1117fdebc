import { round } from '../../../../analysis/scoring/round';
import { timeframeText } from '../../../../analysis/plans/timeframe';
import { toThaiDigits } from '../../../../analysis/text/thai-digits';
import type { Plan } from '../../../../analysis/plans/types';

/**
 * The plan as the printed page shows it: the heading and the table in the column layout of agencies'
 * plans (ประเด็น · ข้อคำถาม ITA · ข้อค้นพบ · ขั้นตอน/วิธีการปฏิบัติ · ระยะเวลาดำเนินการ ·
 * หน่วยงานผู้รับผิดชอบ), with the same texts the Word export writes (analysis/plans/plan-docx.ts).
 */

export interface LayoutOptions {
  lang: 'th' | 'en';
  thaiDigits: boolean;
  timeframes: 'quarters' | 'months';
}

export interface PlanLayoutRow {
  id: string;
  issue: string;
  questions: string[];
  findings: string[];
  /** Measure titles (`1. …`) each followed by its steps (`1.1 …`, indented). */
  steps: { text: string; sub: boolean }[];
  times: string[];
  units: string[];
  limitations: string;
}

export interface PlanLayout {
  title: string;
  subtitle: string;
  intro: string;
  rows: PlanLayoutRow[];
}

export function planLayout(plan: Plan, o: LayoutOptions): PlanLayout {
  const th = o.lang === 'th';
  const d = (s: string) => (o.thaiDigits ? toThaiDigits(s) : s);
  const score = plan.overall === null ? null : round(plan.overall, 2).toFixed(2);
  const rating = th ? plan.ratingTh : plan.ratingEn;
  const title = th
    ? `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName}`
    : `Measures to promote integrity and transparency within ${plan.orgName}`;
  const subtitle = th ? `ประจำปีงบประมาณ พ.ศ. ${plan.planYear}` : `Fiscal year ${plan.planYear} BE`;
  const intro = th
    ? `คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสของ${plan.orgName} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${plan.basedOnYear}${score ? ` ซึ่งได้คะแนน ${score} คะแนน${rating ? ` ระดับ${rating}` : ''}` : ''} เพื่อหาจุดที่ต้องปรับปรุง และกำหนดมาตรการเพื่อยกระดับคุณธรรมและความโปร่งใสของหน่วยงานในปีงบประมาณ พ.ศ. ${plan.planYear} ดังนี้`
    : `The ITA working group of ${plan.orgName} analysed the ${plan.basedOnYear} ITA results${score ? ` (score ${score}${rating ? `, ${rating}` : ''})` : ''} to find what needs improving, and sets the following measures for fiscal year ${plan.planYear}.`;
  const rows = plan.issues.map((issue, i): PlanLayoutRow => {
    const steps: PlanLayoutRow['steps'] = [];
    issue.measures.forEach((m, k) => {
      steps.push({ text: d(`${k + 1}. ${th ? m.titleTh : m.titleEn}`), sub: false });
      (th ? m.stepsTh : m.stepsEn).forEach((s, j) =>
        steps.push({ text: d(`${k + 1}.${j + 1} ${s}`), sub: true }),
      );
    });
    return {
      id: issue.id,
      issue: d(`(${i + 1}) ${th ? issue.titleTh : issue.titleEn}`),
      questions: issue.questions.map((q) =>
        d(`${q.code} ${th ? q.textTh : q.textEn} ${th ? 'คะแนน' : 'score'} ${round(q.score, 2).toFixed(2)}`),
      ),
      findings: issue.questions.map((q) => d(`- ${th ? q.findingTh : q.findingEn}`)),
      steps,
      times: issue.measures.map((m, k) =>
        d(`${k + 1}. ${timeframeText(m.timeframe, plan.planYear, o.lang, o.timeframes)}`),
      ),
      units: [
        ...new Set(
          issue.measures.flatMap((m) =>
            (th ? m.unitTh : m.unitEn)
              .split(/\s*,\s*/)
              .map((u) => u.trim())
              .filter(Boolean),
          ),
        ),
      ].map((u) => d(`- ${u}`)),
      limitations: d(issue.limitationsTh.trim()),
    };
  });
  return { title: d(title), subtitle: d(subtitle), intro: d(intro), rows };
}
