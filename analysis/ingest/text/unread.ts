import { CODE_RE, DIGIT } from './patterns';
import type { DocLine, DocText, Unplaced } from './types';

/**
 * Lines that look like data (a score with decimals, a percentage, a question or item code) but that no
 * recogniser used: listed for the user, so that nothing in the document is dropped without a word.
 */

const DECIMAL_RE = new RegExp(
  `(?<![0-9\\u0e50-\\u0e59.,])${DIGIT}{1,3}[.,]${DIGIT}{2}(?![0-9\\u0e50-\\u0e59]|\\s*น\\.)`,
);
const PERCENT_RE = new RegExp(`${DIGIT}\\s*%|ร้อยละ\\s*${DIGIT}`);

function looksLikeData(text: string): boolean {
  if (DECIMAL_RE.test(text) || PERCENT_RE.test(text)) return true;
  for (const m of text.matchAll(CODE_RE)) if (m[1] !== undefined) return true;
  return false;
}

/** Longest line text shown in the list. */
const SHOWN = 200;

export function unreadLines(doc: DocText, taken: ReadonlySet<number>): Unplaced[] {
  const out: Unplaced[] = [];
  doc.lines.forEach((l: DocLine, i) => {
    if (taken.has(i)) return;
    const text = l.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' · ');
    if (!looksLikeData(text)) return;
    out.push({
      kind: 'line',
      at: { page: l.page, line: l.line },
      text: text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text,
      candidates: [],
      reason: {
        th: 'บรรทัดนี้มีตัวเลขหรือรหัสข้อที่อ่านไม่เข้าใจ จึงไม่ได้นำมาใช้ — หากเป็นคะแนน ให้กรอกเองในไฟล์ CSV',
        en: 'This line holds numbers or codes that were not understood, so nothing was taken from it — if it holds scores, enter them in a CSV file',
      },
    });
  });
  return out;
}
