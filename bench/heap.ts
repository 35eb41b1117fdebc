/**
 * Memory a tab would hold, measured in a process of its own so no other benchmark's garbage is counted:
 * one national year of question scores ingested from CSV, and the whole bundled demo (every year)
 * decoded from its columnar file. Prints JSON (megabytes: V8 heap + ArrayBuffer backing stores).
 * Run with `node --expose-gc --import tsx bench/heap.ts QUESTIONS.csv DEMO.bin`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeDataset } from '../analysis/exports/columnar';
import { ingest } from '../analysis/ingest/ingest';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const collect = gc;

/** Collect until the figure settles: ArrayBuffer backing stores are freed by a later task. */
async function settled(): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 6; i++) {
    collect();
    await new Promise((r) => setTimeout(r, 20));
    const m = process.memoryUsage();
    const now = m.heapUsed + m.arrayBuffers;
    if (Math.abs(now - last) < 1e6) return now;
    last = now;
  }
  return last;
}

async function held(make: () => unknown): Promise<number> {
  const before = await settled();
  const kept = make();
  const after = await settled();
  if (kept === null) console.error('(nothing)'); // keeps `kept` alive past the measurement
  return (after - before) / 1e6;
}

const [questions, demo] = process.argv.slice(2);
if (!questions) throw new Error('usage: heap.ts QUESTIONS.csv [DEMO.bin]');
const qBytes = new Uint8Array(readFileSync(questions));
const oneYear = await held(() => ingest([{ name: 'q.csv', bytes: qBytes }]));
let allYears: number | null = null;
if (demo && existsSync(demo)) {
  const dBytes = new Uint8Array(readFileSync(demo));
  allYears = await held(() => decodeDataset(dBytes));
}
console.log(JSON.stringify({ one_year_mb: oneYear, demo_all_years_mb: allYears }));
