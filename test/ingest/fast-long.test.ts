import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@analysis/dataset';
import { IngestContext } from '@analysis/ingest/context';
import { decodeBytes } from '@analysis/ingest/decode';
import { planFastLong } from '@analysis/ingest/fast-long-plan';
import { indicatorNames } from '@analysis/ingest/indicator-names';
import { ingest, type IngestOptions, type InputFile } from '@analysis/ingest/ingest';
import { parseCodeBytes } from '@analysis/ingest/parse-bytes';
import { parseCodeCell } from '@analysis/ingest/parse-code';

const SEED = 25670;
const enc = new TextEncoder();

/** Ingest the same files through the byte-level reader and through the general path. */
function both(files: InputFile[], options: IngestOptions = {}): { fast: Dataset; general: Dataset } {
  return { fast: ingest(files, options), general: ingest(files, { ...options, fastPath: false }) };
}

/** Whether the byte-level reader takes a file. */
function takesFastPath(bytes: Uint8Array, options: IngestOptions = {}): boolean {
  const { text, encoding } = decodeBytes(bytes);
  return planFastLong(new IngestContext(options), bytes, text, encoding, indicatorNames()) !== null;
}

function same(text: string | Uint8Array, options: IngestOptions = {}): Dataset {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  const { fast, general } = both([{ name: 'f.csv', bytes }], options);
  expect(fast).toStrictEqual(general);
  return fast;
}

// Cells: mostly clean, with every kind of dirt the general path reads or reports.
const orgArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('A1', 'A2', 'A3', 'SYN00001', 'org-9') },
  { weight: 1, arbitrary: fc.constantFrom('', ' A1', 'A1 ', 'หน่วยงาน', '"A1"', '"A,1"', 'A"1', '\uFEFFA1') },
);
const yearArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('2567', '2566', '2563') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '2024', '๒๕๖๗', '2569', '2450', '25670', '2567.0', 'x', '"2567"'),
  },
);
const codeArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('I1', 'I2', 'I30', 'E1', 'E15', 'O1', 'O5', 'O43', '1', '3', '10', 'overall'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'I99',
      'E20',
      'O100',
      'O05',
      'i3',
      'E๑๐',
      'IIT',
      'x',
      '',
      '0',
      '11',
      ' I1',
      'ITA',
      '"I1"',
    ),
  },
);
const numArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(n % 3)) },
  { weight: 2, arbitrary: fc.constantFrom('0', '100', '0.0', '100.00', '85.', '.5', '+5', '-0', '007.5') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      ' 85 ',
      '๙๒.๖๙',
      '85%',
      '85,5',
      '1O5',
      '-1',
      '101',
      'NaN',
      '1e2',
      '85..5',
      'ผ่าน',
      'pass',
      '"85"',
      '"8""5"',
      '"a\nb"',
      '"abc',
      'ab"c',
      '0.1234567890123456',
      '\r',
      '99.9999999999999999',
    ),
  },
);
const extraArb = fc.constantFrom('', 'x', '"q, r"', '"', 'ignored');

interface Row {
  cells: Record<'org_id' | 'year' | 'code' | 'score' | 'negative_pct' | 'respondents', string>;
  extra: string[];
  drop: number;
}
const rowArb: fc.Arbitrary<Row> = fc.record({
  cells: fc.record({
    org_id: orgArb,
    year: yearArb,
    code: codeArb,
    score: numArb,
    negative_pct: fc.oneof({ weight: 3, arbitrary: numArb }, { weight: 1, arbitrary: fc.constant('') }),
    respondents: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 500 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('', '0', '2.5', '253.0', '-4', '๑๒') },
    ),
  }),
  extra: fc.array(extraArb, { maxLength: 2 }),
  drop: fc.oneof(
    { weight: 9, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) },
  ),
});

const REQUIRED = ['org_id', 'year', 'code', 'score'] as const;
const OPTIONAL = ['negative_pct', 'respondents', 'note'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const columnsArb: fc.Arbitrary<Column[]> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .subarray([...OPTIONAL])
      .chain((opt) => fc.shuffledSubarray<Column>([...REQUIRED, ...opt], { minLength: 4 + opt.length })),
  },
  { weight: 1, arbitrary: fc.shuffledSubarray<Column>([...REQUIRED, ...OPTIONAL], { minLength: 3 }) },
);
const cleanRowArb: fc.Arbitrary<Row> = fc.record({
  cells: fc.record({
    org_id: fc.constantFrom('A1', 'A2', 'B7'),
    year: fc.constantFrom('2567', '2566'),
    code: fc.constantFrom('I1', 'I2', 'E1', 'O1', '1', '10'),
    score: fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 10)),
    negative_pct: fc.constantFrom('', '1.5', '0'),
    respondents: fc.constantFrom('', '12'),
  }),
  extra: fc.constant([]),
  drop: fc.constant(0),
});

const fileArb = fc.record({
  columns: columnsArb,
  lead: fc.oneof(fc.constant([]), fc.array(cleanRowArb, { minLength: 10, maxLength: 14 })),
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
  newline: fc.constantFrom('\n', '\n', '\r\n', 'mixed'),
  bom: fc.boolean(),
  titles: fc.constantFrom(0, 0, 0, 1, 2),
  rows: fc.array(fc.oneof({ weight: 12, arbitrary: rowArb }, { weight: 1, arbitrary: fc.constant(null) }), {
    maxLength: 60,
  }),
  trailingNewline: fc.boolean(),
});

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function buildFile(f: FileSpec): Uint8Array {
  const d = f.delimiter;
  const lines: string[] = [];
  for (let t = 0; t < f.titles; t++) lines.push(`รายงานผล ITA ${t}`);
  lines.push(f.columns.join(d));
  for (const row of [...f.lead, ...f.rows]) {
    if (row === null) {
      lines.push('');
      continue;
    }
    let cells = f.columns.map((c) => (c === 'note' ? 'n' : row.cells[c]));
    cells = [...cells, ...row.extra];
    if (row.drop) cells = cells.slice(0, Math.max(0, cells.length - row.drop));
    lines.push(cells.join(d));
  }
  let text = '';
  lines.forEach((line, i) => {
    const nl = f.newline === 'mixed' ? (i % 3 === 1 ? '\r\n' : '\n') : f.newline;
    text += line + (i < lines.length - 1 || f.trailingNewline ? nl : '');
  });
  const body = enc.encode(text);
  if (!f.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

describe('byte-level reader of canonical long files (differential against the general path)', () => {
  it('random canonical long files, clean and dirty rows mixed: the same dataset', () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(fileArb, (f) => {
        const bytes = buildFile(f);
        // Mixed line ends go to the general path (it reads LF, CRLF and CR alike as row ends).
        if (f.newline !== 'mixed') {
          total++;
          if (takesFastPath(bytes)) fast++;
        }
        same(bytes);
      }),
      { seed: SEED, numRuns: 600 },
    );
    // The comparison means something only if the byte-level reader took most files.
    expect(fast / total).toBeGreaterThan(0.5);
  });

  it('several files in one ingest (duplicates across files, one name twice, a forced framework, a progress callback)', () => {
    fc.assert(
      fc.property(fileArb, fileArb, fc.constantFrom(undefined, 2566), (a, b, force) => {
        const fa = buildFile(a);
        const fb = buildFile(b);
        const files = [
          { name: 'a.csv', bytes: fa },
          { name: 'b.csv', bytes: fb },
          { name: 'a.csv', bytes: fa },
        ];
        const options: IngestOptions = { onProgress: () => undefined };
        if (force !== undefined) options.forceFramework = force;
        const { fast, general } = both(files, options);
        expect(fast).toStrictEqual(general);
      }),
      { seed: SEED + 1, numRuns: 200 },
    );
  });

  it('random bytes under a canonical header: the same dataset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'A1,2567I0E5O.9"\r\n \t;-+%'.split(''), 'ก', '๙', '\uFEFF'), {
          maxLength: 300,
        }),
        (chars) => {
          same(`org_id,year,code,score,negative_pct\n${chars.join('')}`);
        },
      ),
      { seed: SEED + 2, numRuns: 500 },
    );
  });
  it('quote soup after a clean head (multi-line, escaped, malformed and unterminated quotes): the same dataset', () => {
    const head = `org_id,year,code,score,note\n${'A1,2567,I1,85,x\n'.repeat(10)}`;
    const token = fc.constantFrom(
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ',',
      ', ',
      ' ',
      'A1',
      'B2',
      '2567',
      'I2',
      'E3',
      '85',
      'x',
      'ก',
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), fc.constantFrom('\n', '\r\n'), (tokens, nl) => {
        const text = head.replaceAll('\n', nl) + tokens.join('');
        if (takesFastPath(enc.encode(text))) fast++;
        same(text);
      }),
      { seed: SEED + 4, numRuns: 1000 },
    );
    // Soup holding a CR (alone, or in an LF file) goes to the general path, which reads every line end.
    expect(fast).toBeGreaterThan(500);
  });
});

describe('byte-level reader: edge cases', () => {
  it('reads the canonical file into the same rows, row numbers and organisations', () => {
    const ds = same(
      'org_id,year,code,score,negative_pct\nA1,2567,I1,85.5,2\nA1,2567,E1,90,\nB2,2567,O1,100,\n',
    );
    expect(ds.table.length).toBe(3);
    expect([...ds.table.row]).toEqual([2, 3, 4]);
    expect([...ds.table.score]).toEqual([85.5, 90, 100]);
    expect(ds.orgs.map((o) => o.id)).toEqual(['A1', 'B2']);
    expect(takesFastPath(enc.encode('org_id,year,code,score\nA1,2567,I1,85\n'))).toBe(true);
  });

  it('quote problems are listed before the row problems, as the general path lists them', () => {
    const ds = same(
      'org_id,year,code,score\n' +
        'A1,2567,I1,85\n'.repeat(12) +
        'A1,2567,I99,1\nA2,2567,I1,"8"5"\nA3,2567,I1,"85\n',
    );
    expect(ds.problems.map((p) => p.kind).slice(0, 2)).toEqual(['unbalanced-quote', 'unknown-code']);
  });

  it('a quoted field with a line break keeps Excel row numbers', () => {
    const head = 'org_id,year,code,score,note\n' + 'A1,2567,I1,85,x\n'.repeat(11);
    const ds = same(`${head}A1,2567,I2,80,"two\nlines"\nA1,2567,I3,81,y\n`);
    // The quoted record spans lines 13–14 but is one record: the next one is Excel row 14, as PapaParse counts.
    expect(ds.table.row[ds.table.length - 1]).toBe(14);
  });

  it('CRLF, a BOM, a second BOM, no trailing newline, blank lines', () => {
    same('\uFEFForg_id,year,code,score\r\nA1,2567,I1,85\r\n\r\nA1,2567,I2,86');
    const bom2 = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...enc.encode('\uFEFForg_id,year,code,score\nA1,2567,I1,85\n'),
    ]);
    same(bom2);
    same('org_id,year,code,score\nA1,2567,I1,85\r\nA1,2567,I2,86\r\n');
    same('org_id,year,code,score\r\nA1,2567,I1,85\nA1,2567,I2,86\r\nA1,2567,I3,87\r\n');
  });

  it('numbers read from bytes are the numbers the general path reads (to the last bit, -0 included)', () => {
    const num = fc.oneof(
      fc.stringMatching(/^[+-]?[0-9]{0,9}\.?[0-9]{0,9}$/),
      fc.double({ min: 0, max: 100, noNaN: true }).map(String),
      fc
        .integer({ min: 0, max: 10 ** 9 })
        .map((i) => `${Math.floor(i / 1e7)}.${String(i % 1e7).padStart(7, '0')}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(num, num, num), { minLength: 1, maxLength: 40 }), (cells) => {
        const rows = cells.map(([s, n, r], i) => `A${i},2567,I1,${s},${n},${r}`);
        const ds = same(`org_id,year,code,score,negative_pct,respondents\n${rows.join('\n')}\n`);
        for (let i = 0; i < ds.table.length; i++) {
          const raw = cells[(ds.table.row[i] as number) - 2]?.[0] ?? '';
          expect(Object.is(ds.table.score[i], Number(raw))).toBe(true);
        }
      }),
      { seed: SEED + 3, numRuns: 500 },
    );
  });

  it('codes read from bytes agree with the general reader', () => {
    for (const c of [
      'I1',
      'I40',
      'I41',
      'E20',
      'E21',
      'O100',
      'O101',
      '1',
      '10',
      '11',
      '0',
      'overall',
      'O05',
      'I',
    ]) {
      const v = parseCodeBytes(enc.encode(c), 0, c.length);
      if (v >= 0) expect(v).toBe(parseCodeCell(c));
    }
  });

  it('files the byte-level reader leaves to the general path', () => {
    const t = (s: string): boolean => takesFastPath(enc.encode(s));
    expect(t('org_id,org_name,year,code,score\nA1,x,2567,I1,85\n')).toBe(false);
    expect(t('org_id,year,code,score\r"A1",2567,I1,85\r')).toBe(false);
    expect(t('"org_id",year,code,score\nA1,2567,I1,85\n')).toBe(false);
    expect(t('A,1\nB,2\n')).toBe(false);
    expect(takesFastPath(enc.encode('org_id,year,code,score\nA1,2567,I1,85\n'), { fastPath: false })).toBe(
      false,
    );
    same('org_id,org_name,year,code,score\nA1,x,2567,I1,85\n');
  });

  it('the same file twice: every row of the second is a duplicate', () => {
    const bytes = enc.encode('org_id,year,code,score\nA1,2567,I1,85\nA1,2567,I2,86\n');
    const { fast, general } = both([
      { name: 'a.csv', bytes },
      { name: 'b.csv', bytes },
    ]);
    expect(fast).toStrictEqual(general);
    expect(fast.problems.map((p) => p.kind)).toEqual(['duplicate-same']);
  });

  it('reports progress while reading a large file', () => {
    const rows = Array.from({ length: 120000 }, (_, i) => `A${i >> 7},2567,I${(i % 30) + 1},${i % 101}`);
    const bytes = enc.encode(`org_id,year,code,score\n${rows.join('\n')}\n`);
    const calls: number[] = [];
    const ds = ingest([{ name: 'big.csv', bytes }], { onProgress: (done) => calls.push(done) });
    expect(calls.some((done) => done > 0 && done < bytes.length)).toBe(true);
    expect(calls[calls.length - 1]).toBe(bytes.length);
    expect(ds.table.length + ds.problems.reduce((n, p) => n + (p.count ?? 1), 0)).toBe(120000);
  });
});
