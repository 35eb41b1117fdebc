/**
 * Effort levels of an improvement: 1 low, 2 medium, 3 high. The measures catalogue supplies an effort per
 * code; until it does (or for a code it lacks), these documented defaults apply:
 * - an OIT item: 1 — publishing a document or page the assessors look for;
 * - a yes/no question: 2 — making something exist and known (a channel, an online service);
 * - a four-level question: 3 — changing how people experience the agency;
 * - a whole indicator without question data: 3.
 */
export type Effort = 1 | 2 | 3;

export type UnitKind = 'item' | 'question' | 'indicator';

export function defaultEffort(kind: UnitKind, scale: 'L4' | 'YN' | null): Effort {
  if (kind === 'item') return 1;
  if (kind === 'question') return scale === 'YN' ? 2 : 3;
  return 3;
}
