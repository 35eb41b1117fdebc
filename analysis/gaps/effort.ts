/**
 * Effort levels of an improvement: 1 low, 2 medium, 3 high. The measures catalogue supplies an effort per
 * code; until it does (or for a code it lacks), these documented defaults apply:
 * - an OIT item: 1 — publishing a document or page the assessors look for;
 * - a yes/no question: 2 — making something exist and known (a channel, an online service);
 * - a four-level question: 3 — changing how people experience the agency;
 * - a whole IIT/EIT indicator without question data: 3 for each of its questions (see `costScale`);
 * - a whole OIT indicator without item data: 1 for each of its items, as for an OIT item.
 */
export type Effort = 1 | 2 | 3;

export type UnitKind = 'item' | 'question' | 'indicator';

export function defaultEffort(
  kind: UnitKind,
  scale: 'L4' | 'YN' | null,
  tool?: 'IIT' | 'EIT' | 'OIT',
): Effort {
  if (kind === 'item') return 1;
  if (kind === 'question') return scale === 'YN' ? 2 : 3;
  return tool === 'OIT' ? 1 : 3;
}

/**
 * How the cost of raising a score grows, in units of effort (one "effort" = what closing the whole of a
 * yes/no question's gap, or passing one OIT item, of effort 1 takes):
 * - `share` (four-level questions, whole IIT/EIT indicators): each point costs in proportion to the share
 *   of what is left to 100 that it closes: at score x one point costs scale / (100 − x). Raising s to s′
 *   therefore costs scale × ln((100 − s) / (100 − s′)) — for a small step (s′ − s) / (100 − s) × scale —
 *   and closing half of what is left costs the same from any start. Low scores rise first, and 100 is
 *   never reached at a finite cost: perceptions do not all turn perfect.
 * - `linear` (yes/no questions, whole OIT indicators): every point costs the same, scale per point; a
 *   yes/no question's scale is effort / (100 − s), so closing all of it costs its effort once (the channel
 *   exists and is known, or not); an OIT indicator's is effort × items / 100 (each point is a share of its
 *   items to pass).
 * - `once` (OIT items): pass or fail, the whole step costs scale = effort.
 */
const HALF_CENT = 0.005;

export type CostModel = 'share' | 'linear' | 'once';

/** The cost of raising a unit of this model and scale from `from` to `to` (≥ from), in effort units. */
export function raiseCost(model: CostModel, scale: number, from: number, to: number): number {
  if (to <= from) return 0;
  if (model === 'once') return scale;
  if (model === 'linear') return scale * (to - from);
  // 99.995 already prints as 100.00: the last half-hundredth is not charged (it would cost without end).
  return scale * Math.log((100 - from) / (100 - Math.min(to, 100 - HALF_CENT)));
}

/** The cost of one more point at score `at`, in effort units (for `once`, the average over the step). */
export function pointCost(model: CostModel, scale: number, from: number, at: number, cap: number): number {
  if (model === 'once') return cap > from ? scale / (cap - from) : Infinity;
  if (model === 'linear') return scale;
  return at >= 100 ? Infinity : scale / (100 - at);
}
