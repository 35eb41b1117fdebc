import { toArabicDigits } from '../text/thai-digits';

/**
 * The Buddhist-Era fiscal year a file name carries (`ita-2567-สะเตงนอก.csv`, `ผลITA_๒๕๖๗.xlsx`): the one
 * four-digit year from 2540 to 2599 in it, not part of a longer number; null when there is none or several.
 * Only a proposal: the app asks the user to confirm it, the CLI uses it with a note.
 */
export function yearFromFileName(name: string): number | null {
  const base = toArabicDigits(name.replace(/^.*[\\/]/, ''));
  const found = new Set<number>();
  for (const m of base.matchAll(/(?<!\d)(25[4-9]\d)(?!\d)/g)) found.add(Number(m[1]));
  return found.size === 1 ? ([...found][0] as number) : null;
}
