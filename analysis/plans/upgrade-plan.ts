/**
 * Brings a plan saved by an earlier version up to the current shape, so that what the working group typed
 * is kept and what ITA Lens wrote is brought up to date:
 * - constraints (ข้อจำกัด) written for a whole issue move to the issue's first measure, since each measure
 *   now has its own (an issue without measures keeps its text);
 * - a question saved with our old short summary is requoted in the NACC's wording of the assessed year
 *   from the built-in framework, with the wording mark that framework gives (texts of questions are not
 *   editable, so nothing typed is replaced; findings, which are, stay as they were).
 * Pure and idempotent: a plan already in the current shape comes back as the same object.
 */
import { resolveFramework } from '../frameworks/registry';
import type { Framework } from '../frameworks/types';
import { markOfCode, planMarkFields } from './build-plan';
import type { Plan, PlanIssue, PlanQuestion } from './types';

function upgradeQuestion(q: PlanQuestion, fw: Framework | null): PlanQuestion {
  if (!fw || q.mark !== undefined) return q;
  const def = fw.questions.find((x) => x.code === q.code);
  const item = def ? null : fw.oitItems.find((x) => x.code === q.code);
  if (!def && !item) return q;
  const textTh = def ? def.textTh : (item?.titleTh ?? q.textTh);
  const textEn = def ? def.textEn : (item?.titleEn ?? q.textEn);
  const marks = planMarkFields(markOfCode(fw, q.code));
  if (textTh === q.textTh && textEn === q.textEn && marks.mark === undefined) return q;
  return { ...q, textTh, textEn, ...marks };
}

function upgradeIssue(issue: PlanIssue, fw: Framework | null): PlanIssue {
  let next = issue;
  const questions = issue.questions.map((q) => upgradeQuestion(q, fw));
  if (questions.some((q, i) => q !== issue.questions[i])) next = { ...next, questions };
  const text = issue.limitationsTh.trim();
  const first = issue.measures[0];
  if (text && first) {
    const own = (first.limitationsTh ?? '').trim();
    const measures = [
      { ...first, limitationsTh: own ? `${own}\n${text}` : text },
      ...issue.measures.slice(1),
    ];
    next = { ...next, measures, limitationsTh: '' };
  }
  return next;
}

/** The plan in the current shape (see above); the same object when nothing needed changing. */
export function upgradePlan(plan: Plan): Plan {
  const fw = resolveFramework(plan.basedOnYear)?.framework ?? null;
  const issues = plan.issues.map((i) => upgradeIssue(i, fw));
  return issues.some((i, k) => i !== plan.issues[k]) ? { ...plan, issues } : plan;
}
