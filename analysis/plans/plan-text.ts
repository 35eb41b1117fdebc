import { round } from '../scoring/round';
import { numberedSteps } from './plan-csv';
import { timeframeText } from './timeframe';
import type { Plan } from './types';

/** The plan as plain text for people (the CLI's default output). */
export function planText(plan: Plan, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const lines: string[] = [];
  lines.push(
    th
      ? `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName} ประจำปีงบประมาณ พ.ศ. ${plan.planYear}`
      : `Measures to promote integrity and transparency, ${plan.orgName}, fiscal year ${plan.planYear} BE`,
  );
  const score = plan.overall === null ? '—' : round(plan.overall, 2).toFixed(2);
  lines.push(
    th
      ? `จากผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${plan.basedOnYear}: คะแนน ${score}${plan.ratingTh ? ` ระดับ ${plan.ratingTh}` : ''}`
      : `From the ITA results of ${plan.basedOnYear}: score ${score}${plan.ratingEn ? `, ${plan.ratingEn}` : ''}`,
  );
  plan.issues.forEach((issue, i) => {
    lines.push('', `(${i + 1}) ${th ? issue.titleTh : issue.titleEn}`);
    for (const q of issue.questions) {
      lines.push(
        `  ${q.code} ${th ? q.textTh : q.textEn} — ${th ? 'คะแนน' : 'score'} ${round(q.score, 2).toFixed(2)}`,
      );
      lines.push(`    ${th ? 'ข้อค้นพบ' : 'Finding'}: ${th ? q.findingTh : q.findingEn}`);
    }
    for (const m of issue.measures) {
      lines.push(`  • ${th ? m.titleTh : m.titleEn}`);
      for (const step of numberedSteps(th ? m.stepsTh : m.stepsEn).split('\n')) lines.push(`      ${step}`);
      lines.push(
        `      ${th ? 'ระยะเวลา' : 'When'}: ${timeframeText(m.timeframe, plan.planYear, lang, 'quarters')}  ${th ? 'ผู้รับผิดชอบ' : 'Who'}: ${th ? m.unitTh : m.unitEn}`,
      );
    }
  });
  return lines.join('\n') + '\n';
}
