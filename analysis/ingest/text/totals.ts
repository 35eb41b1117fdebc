import { DIGIT, thai } from './patterns';
import { lineOf, type Paragraph } from './paragraphs';
import type { DocText, ReadValue } from './types';

/**
 * Published totals printed in sentences rather than tables: the overall ("คะแนนภาพรวมหน่วยงาน …
 * คะแนนที่ได้ ๙๒.๖๙ คะแนน") and a tool's ("คะแนน IIT ๙๒.๕๓"). Only scores printed with decimals are read,
 * so that thresholds and targets in the same sentence ("ผ่านเกณฑ์ (๘๕ คะแนน)") are not taken for them.
 */

const SCORE = `(${DIGIT}{1,3}[.,]${DIGIT}{2})(?![0-9\\u0e50-\\u0e59])`;

const OVERALL_RE = new RegExp(
  `(?:${['คะแนนภาพรวม', 'ผลคะแนนรวม', 'คะแนนรวม', 'คะแนน ITA', 'ผลการประเมิน ITA', 'ผลคะแนน ITA'].map(thai).join('|')})([^0-9\\u0e50-\\u0e59]{0,80}?)${SCORE}`,
  'g',
);

const TOOL_RE = new RegExp(
  `(?<![A-Za-z])(?:${thai('คะแนน')}\\s*)?(IIT|EIT|OIT)\\s*(?:${thai('ได้')}|${thai('เท่ากับ')}|=|:)?\\s*${SCORE}`,
  'g',
);

/** Words that make a number a target or threshold, not a result. */
const TARGET_RE = new RegExp(`${thai('เกณฑ์')}|${thai('เป้าหมาย')}|${thai('ไม่น้อยกว่า')}|${thai('ร้อยละ')}`);

/** Published totals in the paragraphs whose lines no table took (`taken`). */
export function readProseTotals(
  doc: DocText,
  paragraphs: readonly Paragraph[],
  taken: ReadonlySet<number>,
  nextId: () => string,
): { values: ReadValue[]; lines: Set<number> } {
  const values: ReadValue[] = [];
  const lines = new Set<number>();
  const push = (
    kind: 'overall' | 'tool-total',
    code: string,
    printed: string,
    score: string,
    line: number,
  ) => {
    const l = doc.lines[line];
    lines.add(line);
    values.push({
      id: nextId(),
      kind,
      code,
      printed,
      text: printed,
      score,
      at: { page: l?.page ?? null, line: l?.line ?? 0 },
      notes: [],
    });
  };
  for (const p of paragraphs) {
    if (p.spans.every((s) => taken.has(s.line))) continue;
    for (const m of p.text.matchAll(OVERALL_RE)) {
      if (TARGET_RE.test(m[1] ?? '')) continue;
      const off = (m.index ?? 0) + m[0].length - 1;
      const line = lineOf(p, off);
      if (taken.has(line)) continue;
      push('overall', 'overall', m[0].replace(/\s+/g, ' ').trim(), m[2] ?? '', line);
    }
    for (const m of p.text.matchAll(TOOL_RE)) {
      const line = lineOf(p, (m.index ?? 0) + m[0].length - 1);
      if (taken.has(line)) continue;
      const tool = (m[1] ?? '').toUpperCase();
      push('tool-total', tool, m[0].replace(/\s+/g, ' ').trim(), m[2] ?? '', line);
    }
  }
  return { values, lines };
}
