/**
 * Shared shape of a year's OIT list: sub-indicators of indicators 9 and 10 and the items O1…On, each
 * item judged pass (100) or fail (0); a sub-indicator scores the share passed (shared/domain/ITA.md).
 */
import type { OitItemDef, SubIndicatorDef } from './types';

/** One year's OIT list. */
export interface OitList {
  subIndicators: SubIndicatorDef[];
  oitItems: OitItemDef[];
}

/** A sub-indicator and its items' titles, in item order: `[id, nameTh, nameEn, [[titleTh, titleEn], …]]`. */
export type OitGroup = readonly [
  id: string,
  nameTh: string,
  nameEn: string,
  items: readonly (readonly [titleTh: string, titleEn: string])[],
];

/** Numbers the items O1, O2, … in the order given and ties each to its sub-indicator. */
export function buildOitList(groups: readonly OitGroup[]): OitList {
  const subIndicators: SubIndicatorDef[] = [];
  const oitItems: OitItemDef[] = [];
  for (const [id, nameTh, nameEn, items] of groups) {
    subIndicators.push({ id, indicator: Number(id.split('.')[0]), nameTh, nameEn });
    for (const [titleTh, titleEn] of items) {
      oitItems.push({ code: `O${oitItems.length + 1}`, subIndicator: id, titleTh, titleEn });
    }
  }
  return { subIndicators, oitItems };
}
