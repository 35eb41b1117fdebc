import type { OrgInfo } from '@analysis/dataset';

const byKey = new WeakMap<readonly OrgInfo[], Map<string, number>>();

/** Index in `orgs` of each organisation key (OrgInfo.key), built once per dataset. */
export function orgIndexByKey(orgs: readonly OrgInfo[]): Map<string, number> {
  let m = byKey.get(orgs);
  if (!m) {
    m = new Map();
    orgs.forEach((o, i) => (m as Map<string, number>).set(o.key, i));
    byKey.set(orgs, m);
  }
  return m;
}
