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

/** Run `fn` once to warm up, then `runs` times; wall-clock milliseconds of each run. */
export function time(name: string, fn: () => unknown, runs = 5): Timing {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return { name, runs: out, median: median(out) };
}
