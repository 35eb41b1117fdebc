import { toCsv } from '@analysis/exports/csv';
import { resolveFramework } from '@analysis/frameworks/registry';
import { questionMark, type WordingMark } from '@analysis/frameworks/wording';
import type { Assessment, CodeResult } from '@analysis/scoring/assessment';
import { round } from '@analysis/scoring/round';
import type { QuestionSort, SortDir } from '@/shared/url/routes/gap';

// The question table's sort is part of the gap route's URL state.
export { DEFAULT_DIR, QUESTION_SORTS, type QuestionSort, type SortDir } from '@/shared/url/routes/gap';

/** One IIT/EIT question of the question table. */
export interface QuestionRow extends CodeResult {
  /** Position in the framework's order (the `code` sort). */
  order: number;
  /** Overall points gained by raising the question to the pass mark: impact × gap. */
  gain: number;
  weak: boolean;
  /** The wording is our summary or an earlier form's, not the NACC's own for this year (shown as such). */
  mark: WordingMark | null;
}

/** Every IIT/EIT question present in an assessment, in framework order, with its gain to the pass mark. */
export function questionRows(a: Assessment): QuestionRow[] {
  const fw = resolveFramework(a.framework)?.framework;
  const markOf = (code: string): WordingMark | null => {
    const q = fw?.questions.find((x) => x.code === code);
    return q ? questionMark(q) : null;
  };
  return a.codes
    .filter((c) => c.tool !== 'OIT')
    .map((c, order) => ({
      ...c,
      order,
      gain: c.impact * c.gap,
      weak: c.score < a.threshold,
      mark: markOf(c.code),
    }));
}

function key(r: QuestionRow, sort: QuestionSort): number | null {
  switch (sort) {
    case 'gain':
      return r.gain;
    case 'code':
      return r.order;
    case 'score':
      return r.score;
    case 'gap':
      return r.gap;
    case 'negative':
      return r.negativePct;
    case 'impact':
      return r.impact;
  }
}

/**
 * The rows to show: weak ones only when asked, one indicator's when given, in the chosen order. Ties
 * keep framework order; an unknown value (a negative share not in the data) sorts last either way.
 */
export function shownQuestions(
  rows: readonly QuestionRow[],
  f: { weakOnly: boolean; indicator?: number | null; sort: QuestionSort; dir: SortDir },
): QuestionRow[] {
  const out = rows.filter(
    (r) =>
      (!f.weakOnly || r.weak) &&
      (f.indicator === null || f.indicator === undefined || r.indicator === f.indicator),
  );
  const sign = f.dir === 'asc' ? 1 : -1;
  return out.sort((a, b) => {
    const ka = key(a, f.sort);
    const kb = key(b, f.sort);
    if (ka === null || kb === null) return ka === kb ? a.order - b.order : ka === null ? 1 : -1;
    return sign * (ka - kb) || a.order - b.order;
  });
}

/** Column headers and texts the CSV needs, in the UI language. */
export interface QuestionCsvText {
  header: readonly string[];
  text: (r: QuestionRow) => string;
  finding: (r: QuestionRow) => string | null;
  status: (r: QuestionRow) => string;
}

/**
 * The question table as CSV (UTF-8 with BOM, formula-safe cells): scores, shares, gaps and gains to 2
 * decimals as published, the impact per point to 4.
 */
export function questionCsv(rows: readonly QuestionRow[], t: QuestionCsvText): string {
  return toCsv(
    t.header,
    rows.map((r) => [
      r.code,
      r.indicator,
      r.tool,
      t.text(r),
      round(r.score, 2),
      r.negativePct === null ? null : round(r.negativePct, 2),
      t.finding(r),
      round(r.gap, 2),
      round(r.impact, 4),
      round(r.gain, 2),
      t.status(r),
    ]),
  );
}
