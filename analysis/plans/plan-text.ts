import { markedQuestion, numberedSteps } from './plan-csv';
import { planTable } from './plan-table';
import { toThaiDigits } from '../text/thai-digits';
import type { Plan } from './types';

export interface PlanTextOptions {
  timeframes?: 'quarters' | 'months';
  thaiDigits?: boolean;
}

/** The plan as plain text for people (the CLI's default output), with the fields of the Word table. */
export function planText(plan: Plan, lang: 'th' | 'en', o: PlanTextOptions = {}): string {
  const th = lang === 'th';
  const t = planTable(plan, { lang, timeframes: o.timeframes ?? 'quarters' });
  const lines: string[] = [`${t.title} ${t.subtitle}`, t.intro];
  for (const issue of t.issues) {
    lines.push('', `${issue.no} ${issue.title}`);
    for (const q of issue.questions) lines.push(`  ${markedQuestion(q, t, lang)}`);
    for (const f of issue.findings) lines.push(`    ${th ? 'ข้อค้นพบ' : 'Finding'}: ${f}`);
    for (const m of issue.measures) {
      lines.push(`  ${m.no}. ${m.title}`);
      for (const step of numberedSteps(m.steps).split('\n')) if (step) lines.push(`      ${step}`);
      lines.push(`      ${th ? 'ระยะเวลา' : 'When'}: ${m.timeframe}  ${th ? 'ผู้รับผิดชอบ' : 'Who'}: ${m.unit}`);
      if (m.evidence) lines.push(`      ${th ? 'หลักฐานที่เผยแพร่' : 'Evidence'}: ${m.evidence}`);
      if (m.limitations) lines.push(`      ${th ? 'ข้อจำกัด' : 'Constraints'}: ${m.limitations}`);
    }
  }
  const text = lines.join('\n') + '\n';
  return o.thaiDigits ? toThaiDigits(text) : text;
}
