import type { QuestionDef } from '../../frameworks/types';
import { looseKey, NUMBER_SOURCE, similarity } from './clean-text';
import { lineOf, linesOf, type Paragraph } from './paragraphs';
import { CODE_RE, codeOf, NUMBER_CELL, thai, verdictOf } from './patterns';
import type { DocCell, DocLine, DocText, ReadValue, SourceLine, Unplaced, ValueNote } from './types';

/**
 * Question rows as plans and reports print them: `E๑๐ <the question's wording> คะแนน ๖๖.๐๐`, the wording
 * and the score wrapping over lines of a column; or the code, wording and score in cells of one table row.
 * OIT items likewise, with a verdict (มี/ไม่มี, ผ่าน/ไม่ผ่าน) for a score. Each question's wording is
 * checked against the framework's: a wording that is another question's is never read under the code
 * printed without the user saying so.
 */

const SCORE_RE = new RegExp(`${thai('คะแนน')}\\s*(?:${thai('ที่ได้')})?\\s*[:=]?\\s*(${NUMBER_SOURCE})`);

export interface QuestionRead {
  values: ReadValue[];
  unplaced: Unplaced[];
  /** Indices (in doc.lines) of the lines the values came from. */
  lines: Set<number>;
  /** For each value id: the indices (in doc.lines) of the lines its row runs over. */
  spans: Map<string, number[]>;
}

function at(doc: DocText, line: number): SourceLine {
  const l = doc.lines[line];
  return { page: l?.page ?? null, line: l?.line ?? 0 };
}

/** Wording left once leading and trailing punctuation is gone. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s:.\-–)]+|[\s:(\-–]+$/g, '')
    .trim();
}

/** The cell of a line that holds a paragraph's offset (the column the paragraph is read from). */
function cellAt(doc: DocText, line: number, col: number): DocCell | undefined {
  return doc.lines[line]?.cells.find((c) => c.col === col);
}

/**
 * A score or verdict printed in a cell of its own beside the code (another column of the same table row):
 * on the code's line first, then on the lines its wording runs over; only when exactly one cell qualifies.
 */
function besideScore(
  doc: DocText,
  p: Paragraph,
  lines: readonly number[],
  item: boolean,
): { text: string; line: number; others: string[] } | null {
  for (const li of lines) {
    const own = cellAt(doc, li, p.col);
    const right = (doc.lines[li]?.cells ?? []).filter((c) => c.col !== p.col && (!own || c.x0 > own.x0));
    const hits = right.filter((c) =>
      item ? verdictOf(c.text) !== null : NUMBER_CELL.test(c.text) && !c.text.includes('%'),
    );
    if (hits.length === 1) {
      const others = right.filter((c) => c !== hits[0] && !NUMBER_CELL.test(c.text)).map((c) => c.text);
      return { text: (hits[0] as DocCell).text, line: li, others };
    }
    if (hits.length > 1) return null;
  }
  return null;
}

/**
 * The lines of a table row whose wording runs over `spanned`: those lines, then (in a PDF) the other lines
 * of the page between them, where a cell centred vertically in its row puts its text.
 */
function rowLines(doc: DocText, spanned: readonly number[]): number[] {
  const first = doc.lines[spanned[0] as number];
  const last = doc.lines[spanned[spanned.length - 1] as number];
  if (!first || !last || doc.kind !== 'pdf') return [...spanned];
  const between: number[] = [];
  doc.lines.forEach((l, i) => {
    if (l.page === first.page && l.y > first.y && l.y < last.y + last.size * 0.5 && !spanned.includes(i))
      between.push(i);
  });
  return [...spanned, ...between];
}

/**
 * The wording of a row whose code and score sit on a line of their own (cells centred vertically in a
 * PDF table): the words on the lines just above and below, in other columns, that no other code is nearer.
 */
function nearbyText(
  doc: DocText,
  codeLine: number,
  codeLines: ReadonlySet<number>,
  col: number,
): { text: string; lines: number[] } {
  const own = doc.lines[codeLine];
  if (!own || doc.kind !== 'pdf') return { text: '', lines: [] };
  const reach = 1.5 * own.size;
  const nearest = (i: number): number | null => {
    const l = doc.lines[i] as DocLine;
    let best: number | null = null;
    for (const c of codeLines) {
      const cl = doc.lines[c];
      if (!cl || cl.page !== l.page) continue;
      if (best === null || Math.abs(cl.y - l.y) < Math.abs((doc.lines[best] as DocLine).y - l.y)) best = c;
    }
    return best;
  };
  const words: { y: number; text: string }[] = [];
  const lines: number[] = [];
  doc.lines.forEach((l, i) => {
    if (l.page !== own.page || Math.abs(l.y - own.y) > reach) return;
    if (i !== codeLine && (codeLines.has(i) || nearest(i) !== codeLine)) return;
    const cells = l.cells.filter(
      (c) =>
        c.col !== col &&
        c.x0 > (own.cells[0]?.x0 ?? 0) &&
        !NUMBER_CELL.test(c.text) &&
        verdictOf(c.text) === null,
    );
    if (cells.length === 0) return;
    words.push({ y: l.y, text: cells.map((c) => c.text).join(' ') });
    if (i !== codeLine) lines.push(i);
  });
  return {
    text: words
      .sort((a, b) => a.y - b.y)
      .map((w) => w.text)
      .join(' '),
    lines,
  };
}

/** Notes from comparing a question's wording with the framework's wording of every question. */
function wordingNotes(
  code: string,
  text: string,
  fromDigit: boolean,
  printed: string,
  qs: readonly QuestionDef[],
): ValueNote[] {
  const notes: ValueNote[] = [];
  const scored = qs.map((q) => ({ code: q.code, s: similarity(text, q.textTh) })).sort((a, b) => b.s - a.s);
  const own = scored.find((x) => x.code === code)?.s ?? 0;
  const best = scored[0];
  if (best && best.code !== code && best.s >= 0.7 && best.s - own >= 0.2) {
    notes.push({
      kind: 'wording-other',
      attention: true,
      th: `ถ้อยคำตรงกับข้อ ${best.code} ไม่ใช่ข้อ ${code} ที่พิมพ์ไว้ — ตรวจสอบรหัสข้อ`,
      en: `The wording is that of ${best.code}, not of ${code} as printed — check the code`,
    });
    return notes;
  }
  if (fromDigit) {
    const agrees = own >= 0.6;
    notes.push({
      kind: 'code-read-as',
      attention: !agrees,
      th: agrees
        ? `อ่าน "${printed}" เป็นข้อ ${code} (ตัว I พิมพ์เป็นเลข 1) ถ้อยคำตรงกับข้อ ${code}`
        : `อ่าน "${printed}" เป็นข้อ ${code} (ตัว I พิมพ์เป็นเลข 1) — ตรวจสอบรหัสข้อ`,
      en: agrees
        ? `"${printed}" read as ${code} (the letter I printed as the digit 1); the wording is ${code}'s`
        : `"${printed}" read as ${code} (the letter I printed as the digit 1) — check the code`,
    });
  }
  return notes;
}

/** Every question row and OIT item row of the document. `questions`: the framework's, for the wording check. */
export function readQuestionRows(
  doc: DocText,
  paragraphs: readonly Paragraph[],
  questions: readonly QuestionDef[],
  nextId: () => string,
): QuestionRead {
  const values: ReadValue[] = [];
  const unplaced: Unplaced[] = [];
  const taken = new Set<number>();
  const spans = new Map<string, number[]>();
  const found = paragraphs.flatMap((p) => {
    const matches = [...p.text.matchAll(CODE_RE)];
    return matches.map((m, k) => {
      const start = m.index ?? 0;
      // The code's own line: where its letter is, not a "ข้อ" printed in the header above.
      const letter = start + Math.max(0, m[0].search(/[A-Za-z1|]/));
      return { p, m, start, letter, end: matches[k + 1]?.index ?? p.text.length, line: lineOf(p, letter) };
    });
  });
  const codeLines = new Set(found.map((f) => f.line));
  for (const { p, m, start, letter, end, line: codeLine } of found) {
    const { code, fromDigit } = codeOf(m);
    const item = code.startsWith('O');
    const body = p.text.slice(start + m[0].length, end);
    let text = '';
    let score = '';
    let scoreLine = codeLine;
    if (!item) {
      const s = SCORE_RE.exec(body);
      if (s) {
        text = tidy(body.slice(0, s.index));
        score = s[1] ?? '';
        scoreLine = lineOf(p, start + m[0].length + s.index + s[0].length - 1);
      }
    } else {
      // The verdict is the last word; "ไม่ มี" with a space is still ไม่มี.
      const words = body.trim().split(/\s+/);
      let n = words.length - 1;
      let verdict = words[n] ?? '';
      if (n >= 1 && looseKey(words[n - 1] ?? '') === 'ไม') verdict = `${words[--n] ?? ''}${verdict}`;
      if (verdictOf(verdict) !== null && n >= 1) {
        score = verdict;
        text = tidy(words.slice(0, n).join(' '));
        scoreLine = lineOf(p, start + m[0].length + body.lastIndexOf(words[n] ?? verdict));
      }
    }
    const spanned = linesOf(p, letter, end);
    if (score === '') {
      const beside = besideScore(doc, p, rowLines(doc, spanned), item);
      if (beside) {
        score = beside.text;
        scoreLine = beside.line;
        text = tidy(body) || tidy(beside.others.join(' '));
        if (text === '') {
          const near = nearbyText(doc, codeLine, codeLines, p.col);
          text = tidy(near.text);
          spanned.push(...near.lines);
        }
      }
    }
    if (score === '') {
      if (!item && !fromDigit && tidy(body).length >= 8)
        unplaced.push({
          kind: 'question',
          at: at(doc, codeLine),
          text: tidy(p.text.slice(start, end)).slice(0, 200),
          candidates: [code],
          reason: {
            th: `พบข้อ ${code} แต่ไม่พบคะแนนของข้อนี้ — หากมีคะแนน ให้พิมพ์ "คะแนน" ตามด้วยตัวเลข หรือกรอกในไฟล์ CSV`,
            en: `Found ${code} but no score for it — if it has one, the text should read "คะแนน" and the number, or put it in a CSV file`,
          },
        });
      continue;
    }
    for (const li of spanned) taken.add(li);
    taken.add(scoreLine);
    const printed = m[0].replace(/^\D*?(?=[A-Za-z1|])/, '').trim();
    const id = nextId();
    spans.set(id, [...new Set([...spanned, scoreLine])]);
    values.push({
      id,
      kind: item ? 'item' : 'question',
      code,
      printed,
      text,
      score,
      at: at(doc, scoreLine),
      ...(scoreLine !== codeLine ? { from: at(doc, codeLine) } : {}),
      notes: item ? [] : wordingNotes(code, text, fromDigit, printed, questions),
    });
  }
  return { values, unplaced, lines: taken, spans };
}
