/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export interface Timing {
  name: string;
  runs: number[];
  median: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Run `fn` once to warm up, then `runs` times; wall-clock milliseconds of each run. With
 * `node --expose-gc` the heap is collected once before the warm-up, so a benchmark does not pay for
 * the garbage of the one before it (its own garbage still counts, as it would in the app).
 */
export function time(name: string, fn: () => unknown, runs = 5): Timing {
  gc?.();
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return { name, runs: out, median: median(out) };
}
