/**
 * How far a quoted text can be trusted, as every output (app, CLI, Word, CSV) marks it: a question whose
 * `textTh` is our summary, a question quoted from an earlier year's form, an OIT title resting on one
 * weak source or on none (sources.md §7.3a). No mark means the NACC's own wording for that year, or a
 * text the user's framework file gives.
 */
import type { Lang } from '../text/lang';
import type { OitItemDef, QuestionDef } from './types';

export type WordingMark =
  | { kind: 'paraphrase' }
  | { kind: 'earlier-form'; formYear: number }
  | { kind: 'unverified' }
  | { kind: 'inferred' };

/** The mark of a question of framework year `year`, or null for the NACC's own wording of that year. */
export function questionMark(q: Pick<QuestionDef, 'paraphrase' | 'formYear'>): WordingMark | null {
  if (q.paraphrase) return { kind: 'paraphrase' };
  if (q.formYear !== undefined) return { kind: 'earlier-form', formYear: q.formYear };
  return null;
}

/** The mark of an OIT item's title, or null when it is confirmed (or the user's own). */
export function oitMark(o: Pick<OitItemDef, 'titleStatus'>): WordingMark | null {
  if (o.titleStatus === 'unverified') return { kind: 'unverified' };
  if (o.titleStatus === 'inferred') return { kind: 'inferred' };
  return null;
}

/** A short label for the mark, to print beside the text (no digits but the form year). */
export function markLabel(mark: WordingMark, lang: Lang): string {
  const th = lang === 'th';
  switch (mark.kind) {
    case 'paraphrase':
      return th ? 'ถ้อยคำโดยสรุป ไม่ใช่ถ้อยคำในแบบวัดของ ป.ป.ช.' : "our summary, not the NACC's wording";
    case 'earlier-form':
      return th
        ? `ถ้อยคำตามแบบวัดปี พ.ศ. ${mark.formYear} ยังไม่พบถ้อยคำของปีนี้`
        : `wording of the ${mark.formYear} BE form; this year's wording not yet found`;
    case 'unverified':
      return th ? 'ชื่อข้อยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช.' : "title not yet confirmed against the NACC's manual";
    case 'inferred':
      return th ? 'ชื่อข้ออนุมาน ยังไม่มีแหล่งที่มา' : 'title inferred; no source shows it yet';
  }
}

/** The same mark for two values compares equal (for grouping footnotes). */
export function markKey(mark: WordingMark): string {
  return mark.kind === 'earlier-form' ? `${mark.kind}:${mark.formYear}` : mark.kind;
}
