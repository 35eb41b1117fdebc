import { BUILTIN_FRAMEWORKS, type FrameworkRegistry } from '../frameworks/registry';
import { normaliseHeader, type IndicatorName } from './columns';

/** Every Thai and English indicator name of every framework year, normalised for header matching. */
export function indicatorNames(registry: FrameworkRegistry = BUILTIN_FRAMEWORKS): IndicatorName[] {
  const seen = new Map<string, IndicatorName>();
  for (const fw of registry.values()) {
    for (const ind of fw.indicators) {
      for (const name of [ind.nameTh, ind.nameEn]) {
        const key = normaliseHeader(name);
        if (key.length >= 4 && !seen.has(key)) seen.set(key, { key, id: ind.id, label: ind.nameTh });
      }
    }
  }
  return [...seen.values()];
}
