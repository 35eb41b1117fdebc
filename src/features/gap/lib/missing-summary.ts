import type { Framework } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';

/** What one indicator lacks: its own score, and/or some of its questions or items. */
export interface MissingIndicator {
  id: number;
  nameTh: string;
  nameEn: string;
  /** The indicator's score is unknown (so the overall is too). */
  scoreMissing: boolean;
  /** Questions/items absent while others of the same level are present, with their wording. */
  codes: { code: string; textTh: string; textEn: string }[];
}

/**
 * What the data lack for one agency-year, by indicator, with every absent question or item named.
 * Empty when nothing is missing. Nothing here is ever counted as zero.
 */
export function missingSummary(a: Assessment, fw: Framework): MissingIndicator[] {
  const text = new Map<string, { textTh: string; textEn: string }>();
  for (const q of fw.questions) text.set(q.code, { textTh: q.textTh, textEn: q.textEn });
  for (const o of fw.oitItems) text.set(o.code, { textTh: o.titleTh, textEn: o.titleEn });
  return a.indicators
    .filter((i) => i.score === null || i.missingCodes.length > 0)
    .map((i) => ({
      id: i.id,
      nameTh: i.nameTh,
      nameEn: i.nameEn,
      scoreMissing: i.score === null,
      codes: i.missingCodes.map((code) => ({ code, ...(text.get(code) ?? { textTh: code, textEn: code }) })),
    }));
}
