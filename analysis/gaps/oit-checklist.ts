import { codeSlot } from '../codes';
import type { Framework } from '../frameworks/types';
import type { Assessment } from '../scoring/assessment';
import { compileFramework } from '../scoring/compile';

export interface ChecklistItem {
  code: string;
  titleTh: string;
  titleEn: string;
  /** 'pass' (100), 'fail' (0), 'partial' (another value), 'missing' (not in the data). */
  status: 'pass' | 'fail' | 'partial' | 'missing';
  score: number | null;
  /** Overall points this item costs now: impact × (100 − score); 0 when passed, null when missing. */
  cost: number | null;
  /** Overall points the item is worth when it goes from fail to pass. */
  worth: number;
}

export interface ChecklistGroup {
  subIndicator: string;
  indicator: number;
  nameTh: string;
  nameEn: string;
  items: ChecklistItem[];
  /** Share of the group's items passed (0–100), null when any is missing. */
  score: number | null;
}

/**
 * Every OIT item of the framework year, grouped by sub-indicator, with pass/fail and what each failed
 * item costs the overall — usually the cheapest points there are.
 */
export function oitChecklist(a: Assessment, fw: Framework): ChecklistGroup[] {
  const cfw = compileFramework(fw);
  const byCode = new Map(a.codes.map((c) => [c.code, c]));
  return fw.subIndicators
    .map((sub) => {
      const items: ChecklistItem[] = fw.oitItems
        .filter((o) => o.subIndicator === sub.id)
        .map((o) => {
          const c = byCode.get(o.code);
          const worth = cfw.impactOfSlot[codeSlot(o.code)] * 100;
          if (!c)
            return {
              code: o.code,
              titleTh: o.titleTh,
              titleEn: o.titleEn,
              status: 'missing',
              score: null,
              cost: null,
              worth,
            };
          const status = c.score >= 100 ? 'pass' : c.score <= 0 ? 'fail' : 'partial';
          return {
            code: o.code,
            titleTh: o.titleTh,
            titleEn: o.titleEn,
            status,
            score: c.score,
            cost: c.pointsLost,
            worth,
          };
        });
      const known = items.every((i) => i.score !== null);
      const score =
        known && items.length ? items.reduce((s, i) => s + (i.score ?? 0), 0) / items.length : null;
      return {
        subIndicator: sub.id,
        indicator: sub.indicator,
        nameTh: sub.nameTh,
        nameEn: sub.nameEn,
        items,
        score,
      };
    })
    .filter((g) => g.items.length > 0);
}
