// The yardstick of `npm run bench:cli`: a whole process that only reads a file and runs PapaParse over it
// (header + dynamicTyping), as a script written with the library alone would.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = new TextDecoder().decode(readFileSync(process.argv[2]));
const out = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(out.data.length);
