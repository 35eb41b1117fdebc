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

/** How sure a title is; absent = confirmed (types.ts `OitItemDef.titleStatus`). */
export type TitleStatus = 'unverified' | 'inferred';

/**
 * A sub-indicator and its items' titles, in item order: `[id, nameTh, nameEn, [[titleTh, titleEn, status?], …]]`.
 */
export type OitGroup = readonly [
  id: string,
  nameTh: string,
  nameEn: string,
  items: readonly (readonly [titleTh: string, titleEn: string, status?: TitleStatus])[],
];

/**
 * Numbers the items O1, O2, … in the order given and ties each to its sub-indicator. `status(code)` gives
 * the title status of an item whose entry does not carry one.
 */
export function buildOitList(
  groups: readonly OitGroup[],
  status: (code: string) => TitleStatus | undefined = () => undefined,
): OitList {
  const subIndicators: SubIndicatorDef[] = [];
  const oitItems: OitItemDef[] = [];
  for (const [id, nameTh, nameEn, items] of groups) {
    subIndicators.push({ id, indicator: Number(id.split('.')[0]), nameTh, nameEn });
    for (const [titleTh, titleEn, own] of items) {
      const code = `O${oitItems.length + 1}`;
      const item: OitItemDef = { code, subIndicator: id, titleTh, titleEn };
      const titleStatus = own ?? status(code);
      if (titleStatus) item.titleStatus = titleStatus;
      oitItems.push(item);
    }
  }
  return { subIndicators, oitItems };
}
