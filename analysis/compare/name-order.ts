import type { OrgInfo } from '../dataset';

/**
 * A string whose code-unit order is Thai dictionary order, as `Intl.Collator('th')` sorts agency
 * names: a leading vowel (เ แ โ ใ ไ) sorts by the consonant after it, and tone marks and other
 * marks only break ties. Lets 8,300 names be sorted by the engine's native string sort (~15 ms)
 * instead of a collator called from a comparator (~100 ms).
 */
export function thaiSortKey(text: string): string {
  const swapped = text.replace(/([\u0E40-\u0E44])([\u0E01-\u0E2E])/gu, '$2$1');
  return `${swapped.replace(/[\u0E47-\u0E4E]/gu, '')}\u0001${swapped}`;
}

const cache = new WeakMap<readonly OrgInfo[], Int32Array>();

/**
 * `order[o]`: position of organisation o when all are sorted by name in Thai order (the id stands in
 * for a missing name; ties keep index order). Memoised per organisation list.
 */
export function nameOrder(orgs: readonly OrgInfo[]): Int32Array {
  const hit = cache.get(orgs);
  if (hit) return hit;
  const keys = new Array<string>(orgs.length);
  for (let o = 0; o < orgs.length; o++) {
    const org = orgs[o] as OrgInfo;
    // The index, zero-padded, keeps equal names in index order and is read back after the sort.
    keys[o] = `${thaiSortKey(org.name ?? org.id ?? '')}\u0000${String(o).padStart(9, '0')}`;
  }
  keys.sort();
  const order = new Int32Array(orgs.length);
  for (let k = 0; k < keys.length; k++) {
    const s = keys[k] as string;
    order[Number(s.slice(s.length - 9))] = k;
  }
  cache.set(orgs, order);
  return order;
}
