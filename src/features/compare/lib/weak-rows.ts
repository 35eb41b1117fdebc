import type { CodeWeakness } from '@analysis/compare/weakest';
import type { Framework } from '@analysis/frameworks/types';

/** A weak code with its wording from the year's framework (Thai and English). */
export interface WeakRow extends CodeWeakness {
  textTh: string;
  textEn: string;
}

/** Attach each code's question text or OIT item title; split questions (IIT, EIT) from OIT items. */
export function weakRows(
  list: readonly CodeWeakness[],
  fw: Framework | null,
): { questions: WeakRow[]; oit: WeakRow[] } {
  const questions: WeakRow[] = [];
  const oit: WeakRow[] = [];
  const q = new Map(fw?.questions.map((x) => [x.code, x]) ?? []);
  const o = new Map(fw?.oitItems.map((x) => [x.code, x]) ?? []);
  for (const c of list) {
    if (c.tool === 'OIT') {
      const item = o.get(c.code);
      oit.push({ ...c, textTh: item?.titleTh ?? '', textEn: item?.titleEn ?? '' });
    } else {
      const item = q.get(c.code);
      questions.push({ ...c, textTh: item?.textTh ?? '', textEn: item?.textEn ?? '' });
    }
  }
  return { questions, oit };
}
