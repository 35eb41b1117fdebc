/**
 * Edit distance (Levenshtein) on UTF-16 code units, with an early exit once every path exceeds `max`.
 * Thai text has no surrogate pairs, so code units are characters here.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/**
 * The candidate closest to `text` when it is close enough (distance ≤ 20% of its length, at least 2)
 * and unambiguous; null otherwise.
 */
export function closestMatch<T>(
  text: string,
  candidates: readonly { key: string; value: T }[],
): { value: T; distance: number } | null {
  const limit = Math.max(2, Math.floor(text.length * 0.2));
  let best: { value: T; distance: number } | null = null;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(text, c.key, limit);
    if (d > limit) continue;
    if (!best || d < best.distance) {
      best = { value: c.value, distance: d };
      tie = false;
    } else if (d === best.distance && c.value !== best.value) tie = true;
  }
  return best && !tie ? best : null;
}
