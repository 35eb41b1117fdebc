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

/** Warm-up budget: calls until the JIT has settled, as an app that recomputes on every filter change is. */
const WARM_UP_MS = 500;
const WARM_UP_MAX_CALLS = 30;

/**
 * Warm `fn` up (at least once; a fast function is called until about half a second or 30 calls have
 * gone, so V8's optimising tier has compiled it, as it has in an app that has been in use for a while),
 * then run it `runs` times; wall-clock milliseconds of each run. With `node --expose-gc` the heap is
 * collected once before the warm-up, so a benchmark does not pay for the garbage of the one before it
 * (its own garbage still counts, as it would in the app).
 */
export function time(name: string, fn: () => unknown, runs = 5): Timing {
  gc?.();
  const warm = performance.now();
  let calls = 0;
  do {
    fn();
    calls++;
  } while (calls < WARM_UP_MAX_CALLS && performance.now() - warm < WARM_UP_MS);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return { name, runs: out, median: median(out) };
}

/** `time` for an async function: each call awaited before the next (same warm-up and runs). */
export async function timeAsync(name: string, fn: () => Promise<unknown>, runs = 5): Promise<Timing> {
  gc?.();
  const warm = performance.now();
  let calls = 0;
  do {
    await fn();
    calls++;
  } while (calls < WARM_UP_MAX_CALLS && performance.now() - warm < WARM_UP_MS);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return { name, runs: out, median: median(out) };
}
