const wordSegmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/** Letters that take up room on the line (Thai marks above and below the line do not). */
const spacing = (s: string): number => s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;

/**
 * The words of a heading. "การ" after a word stays with it: the segmenter splits "ดำเนินการ" into
 * "ดำเนิน" + "การ", and a heading line must not start with the second half.
 */
function headingWords(text: string): string[] {
  if (!wordSegmenter) return text.split(/(?<= )/);
  const out: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    const prev = out[out.length - 1];
    if (segment === 'การ' && prev !== undefined && /[\u0E00-\u0E7F]$/.test(prev))
      out[out.length - 1] = prev + segment;
    else out.push(segment);
  }
  return out;
}

/**
 * A table heading in two lines split between words, as even as the words allow (the second line the
 * longer on a tie): "ระยะเวลา / ดำเนินการ", "หน่วยงาน / ผู้รับผิดชอบ", "สรุปผลการดำเนินการ / ตามมาตรการ",
 * where a narrow column alone would break "ระยะเวลาดำเนิน / การ" or "หลักฐานที่เผย / แพร่". One line
 * when it is one word.
 */
export function headingLines(text: string): string[] {
  const parts = headingWords(text);
  let best: string[] = [text];
  let diff = Infinity;
  for (let i = 1; i < parts.length; i++) {
    const a = parts.slice(0, i).join('').trim();
    const b = parts.slice(i).join('').trim();
    const d = spacing(b) - spacing(a);
    // |d| as small as can be; on a tie the split whose second line is the longer.
    const score = Math.abs(d) * 2 - (d > 0 ? 1 : 0);
    if (a && b && score < diff) {
      diff = score;
      best = [a, b];
    }
  }
  return best;
}
