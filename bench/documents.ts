/**
 * `npx tsx bench/documents.ts [--runs N]`: time of the document reader on the test PDFs (printed by Chromium
 * from Thai tables, `test/fixtures/documents/`) beside PDF.js's text layer alone (the floor every PDF pays),
 * and on text copied from the seeds; also the first load of PDF.js. Medians of N runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { loadPdfjs } from '../analysis/ingest/pdf/load-pdfjs';
import { readPdfText } from '../analysis/ingest/pdf/read-pdf';
import { readDocumentBytes, readDocumentText } from '../analysis/ingest/text/read-bytes';
import { timeAsync, time } from './stats';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 9;
const dir = 'test/fixtures/documents';

const t0 = performance.now();
const lib = await loadPdfjs();
console.log(`PDF.js first load (import of pdf + worker modules): ${(performance.now() - t0).toFixed(0)} ms`);
console.log(`${runs} runs each after a warm-up; medians in ms\n`);

for (const name of [
  'results-satengnok-2567.pdf',
  'plan-huai-chorakhe-2566.pdf',
  'checklist-example-2567.pdf',
]) {
  const bytes = new Uint8Array(readFileSync(`${dir}/${name}`));
  const floor = await timeAsync('PDF.js text layer', () => readPdfText(bytes, lib), runs);
  let values = 0;
  const whole = await timeAsync(
    'reading',
    async () => {
      values = (await readDocumentBytes(name, bytes, () => Promise.resolve(lib))).values.length;
    },
    runs,
  );
  console.log(
    `${name.padEnd(30)} ${(bytes.length / 1024).toFixed(0).padStart(3)} kB  text layer ${floor.median.toFixed(1).padStart(6)}  whole reading ${whole.median.toFixed(1).padStart(6)}  ratio ${(whole.median / floor.median).toFixed(2)}  (${values} values)`,
  );
}

console.log('');
for (const name of ['seed-001-satengnok-results-2567.txt', 'seed-004-huai-chorakhe-plan-2566.txt']) {
  const text = readFileSync(`${dir}/${name}`, 'utf8');
  let values = 0;
  const t = time(
    'text',
    () => {
      values = readDocumentText(name, text).values.length;
    },
    runs,
  );
  console.log(
    `${name.padEnd(38)} ${(text.length / 1024).toFixed(1).padStart(5)} kB  reading ${t.median.toFixed(2).padStart(6)}  (${values} values)`,
  );
}
