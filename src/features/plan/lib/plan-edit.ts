import type { Lang } from '@analysis/text/lang';
import { headingById, ISSUE_HEADINGS } from '@analysis/frameworks/issue-headings';
import type { Measure } from '@analysis/measures/types';
import type { Plan, PlanIssue, PlanMeasure, PlanQuestion } from '@analysis/plans/types';

/**
 * Every change the plan editor makes, as pure functions from one plan to the next (the editor stores what
 * they return). Unknown ids leave the plan as it is (the same object).
 */

/** Move the element at `from` by `by` places (−1 up, +1 down); the same array when it cannot move. */
export function move<T>(xs: readonly T[], from: number, by: number): readonly T[] {
  const to = from + by;
  if (from < 0 || from >= xs.length || to < 0 || to >= xs.length || by === 0) return xs;
  const out = [...xs];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x as T);
  return out;
}

function mapIssue(plan: Plan, issueId: string, fn: (i: PlanIssue) => PlanIssue): Plan {
  const at = plan.issues.findIndex((i) => i.id === issueId);
  const cur = plan.issues[at];
  if (!cur) return plan;
  const next = fn(cur);
  if (next === cur) return plan;
  const issues = [...plan.issues];
  issues[at] = next;
  return { ...plan, issues };
}

function mapMeasure(plan: Plan, measureId: string, fn: (m: PlanMeasure) => PlanMeasure): Plan {
  const issue = plan.issues.find((i) => i.measures.some((m) => m.id === measureId));
  if (!issue) return plan;
  return mapIssue(plan, issue.id, (i) => {
    const at = i.measures.findIndex((m) => m.id === measureId);
    const cur = i.measures[at] as PlanMeasure;
    const next = fn(cur);
    if (next === cur) return i;
    const measures = [...i.measures];
    measures[at] = next;
    return { ...i, measures };
  });
}

/** The field of a pair (Thai/English) that the editor shows in the language `lang`. */
const titleKey = (lang: Lang) => (lang === 'th' ? 'titleTh' : 'titleEn');
const stepsKey = (lang: Lang) => (lang === 'th' ? 'stepsTh' : 'stepsEn');

// ---- issues ----

export function setIssueTitle(plan: Plan, issueId: string, lang: Lang, text: string): Plan {
  return mapIssue(plan, issueId, (i) => ({ ...i, [titleKey(lang)]: text }));
}

export function setLimitations(plan: Plan, issueId: string, text: string): Plan {
  return mapIssue(plan, issueId, (i) => ({ ...i, limitationsTh: text }));
}

export function moveIssue(plan: Plan, issueId: string, by: number): Plan {
  const issues = move(
    plan.issues,
    plan.issues.findIndex((i) => i.id === issueId),
    by,
  );
  return issues === plan.issues ? plan : { ...plan, issues: [...issues] };
}

export function removeIssue(plan: Plan, issueId: string): Plan {
  const issues = plan.issues.filter((i) => i.id !== issueId);
  return issues.length === plan.issues.length ? plan : { ...plan, issues };
}

/** A fresh id not used by any issue or measure of the plan: `${base}-1`, `${base}-2`, … */
export function freshId(plan: Plan, base: string): string {
  const used = new Set(plan.issues.flatMap((i) => [i.id, ...i.measures.map((m) => m.id)]));
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Append an issue written by the working group; returns the plan and the new issue's id. */
export function addIssue(plan: Plan, title: { th: string; en: string }): { plan: Plan; id: string } {
  const id = freshId(plan, 'own-issue');
  const issue: PlanIssue = {
    id,
    titleTh: title.th,
    titleEn: title.en,
    questions: [],
    measures: [],
    limitationsTh: '',
  };
  return { plan: { ...plan, issues: [...plan.issues, issue] }, id };
}

/** The standard headings (analysis/frameworks/issue-headings.ts) the plan does not hold yet, in their order. */
export function missingHeadings(plan: Plan): { id: string; titleTh: string; titleEn: string }[] {
  const have = new Set(plan.issues.map((i) => i.id));
  return ISSUE_HEADINGS.filter((h) => !have.has(h.id));
}

/**
 * Add one of the standard headings, in its place among the standard headings already in the plan (after
 * the last one that comes before it; the working group's own headings keep their places).
 */
export function addHeading(plan: Plan, headingId: string): { plan: Plan; id: string } {
  const h = headingById(headingId);
  if (!h || plan.issues.some((i) => i.id === h.id)) return { plan, id: headingId };
  const issue: PlanIssue = {
    id: h.id,
    titleTh: h.titleTh,
    titleEn: h.titleEn,
    questions: [],
    measures: [],
    limitationsTh: '',
  };
  let at = 0;
  plan.issues.forEach((i, k) => {
    const other = headingById(i.id);
    if (other && other.no < h.no) at = k + 1;
  });
  const issues = [...plan.issues.slice(0, at), issue, ...plan.issues.slice(at)];
  return { plan: { ...plan, issues }, id: h.id };
}

/**
 * Keep only the questions and OIT items under the pass mark: the others go, with the measures that answer
 * nothing else and the issues left with neither questions nor measures. The same plan when nothing goes.
 */
export function keepBelow(plan: Plan, threshold: number): Plan {
  const emptied = new Set<string>();
  let changed = false;
  const issues = plan.issues.map((i) => {
    const gone = new Set(i.questions.filter((q) => q.score >= threshold).map((q) => q.code));
    if (gone.size === 0) return i;
    changed = true;
    const questions = i.questions.filter((q) => !gone.has(q.code));
    const measures = i.measures
      .filter((m) => m.codes.length === 0 || m.codes.some((c) => !gone.has(c)))
      .map((m) => ({ ...m, codes: m.codes.filter((c) => !gone.has(c)) }));
    if (questions.length === 0 && measures.length === 0) emptied.add(i.id);
    return { ...i, questions, measures };
  });
  return changed ? { ...plan, issues: issues.filter((i) => !emptied.has(i.id)) } : plan;
}

// ---- questions ----

export function setFinding(plan: Plan, issueId: string, code: string, lang: Lang, text: string): Plan {
  return mapIssue(plan, issueId, (i) => ({
    ...i,
    questions: i.questions.map((q): PlanQuestion =>
      q.code === code ? { ...q, [lang === 'th' ? 'findingTh' : 'findingEn']: text } : q,
    ),
  }));
}

export function removeQuestion(plan: Plan, issueId: string, code: string): Plan {
  return mapIssue(plan, issueId, (i) => {
    const questions = i.questions.filter((q) => q.code !== code);
    return questions.length === i.questions.length ? i : { ...i, questions };
  });
}

// ---- measures ----

export type MeasureTextField = 'title' | 'unit' | 'evidence' | 'limitations';

export function setMeasureText(
  plan: Plan,
  measureId: string,
  field: MeasureTextField,
  lang: Lang,
  text: string,
): Plan {
  const key = `${field}${lang === 'th' ? 'Th' : 'En'}` as
    'titleTh' | 'unitTh' | 'evidenceTh' | 'limitationsTh';
  return mapMeasure(plan, measureId, (m) => ((m[key] ?? '') === text ? m : { ...m, [key]: text }));
}

export function setTimeframe(plan: Plan, measureId: string, timeframe: string): Plan {
  return mapMeasure(plan, measureId, (m) => (m.timeframe === timeframe ? m : { ...m, timeframe }));
}

export function moveMeasure(plan: Plan, measureId: string, by: number): Plan {
  const issue = plan.issues.find((i) => i.measures.some((m) => m.id === measureId));
  if (!issue) return plan;
  return mapIssue(plan, issue.id, (i) => {
    const measures = move(
      i.measures,
      i.measures.findIndex((m) => m.id === measureId),
      by,
    );
    return measures === i.measures ? i : { ...i, measures: [...measures] };
  });
}

export function removeMeasure(plan: Plan, measureId: string): Plan {
  const issue = plan.issues.find((i) => i.measures.some((m) => m.id === measureId));
  if (!issue) return plan;
  return mapIssue(plan, issue.id, (i) => ({ ...i, measures: i.measures.filter((m) => m.id !== measureId) }));
}

/** Add a catalogue measure at the end of an issue (a copy the working group can then edit). */
export function addCatalogueMeasure(plan: Plan, issueId: string, m: Measure): { plan: Plan; id: string } {
  const id = freshId(plan, m.id);
  const issue = plan.issues.find((i) => i.id === issueId);
  if (!issue) return { plan, id };
  const measure: PlanMeasure = {
    id,
    measureId: m.id,
    codes: [m.code],
    titleTh: m.titleTh,
    titleEn: m.titleEn,
    stepsTh: [...m.stepsTh],
    stepsEn: [...m.stepsEn],
    timeframe: m.timeframe,
    unitTh: m.unitTh,
    unitEn: m.unitEn,
    evidenceTh: m.evidenceTh,
    evidenceEn: m.evidenceEn,
    effort: m.effort,
  };
  return { plan: mapIssue(plan, issueId, (i) => ({ ...i, measures: [...i.measures, measure] })), id };
}

/** Add a blank measure written by the working group (one empty step, the whole year). */
export function addOwnMeasure(plan: Plan, issueId: string): { plan: Plan; id: string } {
  const id = freshId(plan, 'own');
  const issue = plan.issues.find((i) => i.id === issueId);
  if (!issue) return { plan, id };
  const measure: PlanMeasure = {
    id,
    measureId: null,
    codes: issue.questions.map((q) => q.code),
    titleTh: '',
    titleEn: '',
    stepsTh: [''],
    stepsEn: [''],
    timeframe: 'Q1-Q4',
    unitTh: '',
    unitEn: '',
    evidenceTh: '',
    evidenceEn: '',
    effort: 2,
  };
  return { plan: mapIssue(plan, issueId, (i) => ({ ...i, measures: [...i.measures, measure] })), id };
}

// ---- steps (of the language shown) ----

function mapSteps(
  plan: Plan,
  measureId: string,
  lang: Lang,
  fn: (s: readonly string[]) => readonly string[],
) {
  const key = stepsKey(lang);
  return mapMeasure(plan, measureId, (m) => {
    const steps = fn(m[key]);
    return steps === m[key] ? m : { ...m, [key]: [...steps] };
  });
}

export function setStep(plan: Plan, measureId: string, lang: Lang, at: number, text: string): Plan {
  return mapSteps(plan, measureId, lang, (s) =>
    at < 0 || at >= s.length || s[at] === text ? s : s.map((x, i) => (i === at ? text : x)),
  );
}

/** Insert an empty step after `after` (−1: first; past the end: last). */
export function addStep(plan: Plan, measureId: string, lang: Lang, after: number): Plan {
  return mapSteps(plan, measureId, lang, (s) => {
    const at = Math.max(0, Math.min(s.length, after + 1));
    return [...s.slice(0, at), '', ...s.slice(at)];
  });
}

export function removeStep(plan: Plan, measureId: string, lang: Lang, at: number): Plan {
  return mapSteps(plan, measureId, lang, (s) =>
    at < 0 || at >= s.length ? s : s.filter((_, i) => i !== at),
  );
}

export function moveStep(plan: Plan, measureId: string, lang: Lang, at: number, by: number): Plan {
  return mapSteps(plan, measureId, lang, (s) => move(s, at, by));
}

// ---- for export ----

/**
 * The plan with every empty text of language `lang` filled from the other language (a measure the
 * working group wrote in Thai still has a title in an English export), and empty steps dropped.
 */
export function forExport(plan: Plan, lang: Lang): Plan {
  const pick = (mine: string, other: string) => (mine.trim() ? mine : other);
  const steps = (mine: readonly string[], other: readonly string[]) => {
    const a = mine.filter((s) => s.trim());
    return a.length ? a : other.filter((s) => s.trim());
  };
  const th = lang === 'th';
  return {
    ...plan,
    issues: plan.issues.map((i) => ({
      ...i,
      titleTh: pick(i.titleTh, i.titleEn),
      titleEn: pick(i.titleEn, i.titleTh),
      questions: i.questions.map((q) => ({
        ...q,
        findingTh: pick(q.findingTh, q.findingEn),
        findingEn: pick(q.findingEn, q.findingTh),
      })),
      measures: i.measures.map((m) => ({
        ...m,
        titleTh: pick(m.titleTh, m.titleEn),
        titleEn: pick(m.titleEn, m.titleTh),
        stepsTh: th ? steps(m.stepsTh, m.stepsEn) : m.stepsTh,
        stepsEn: th ? m.stepsEn : steps(m.stepsEn, m.stepsTh),
        unitTh: pick(m.unitTh, m.unitEn),
        unitEn: pick(m.unitEn, m.unitTh),
        evidenceTh: pick(m.evidenceTh, m.evidenceEn),
        evidenceEn: pick(m.evidenceEn, m.evidenceTh),
        limitationsTh: pick(m.limitationsTh ?? '', m.limitationsEn ?? ''),
        limitationsEn: pick(m.limitationsEn ?? '', m.limitationsTh ?? ''),
      })),
    })),
  };
}
