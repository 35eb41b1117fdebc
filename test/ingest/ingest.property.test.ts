import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { analyseAll } from '@analysis/analyse';

const SEED = 20671;

const cellArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '85',
    '๙๒.๖๙',
    '100%',
    '1O5',
    '85,5',
    '−3',
    'NaN',
    'Infinity',
    '"',
    '""',
    'E10',
    'O43',
    'I99',
    '2567',
    '2024',
    '<img src=x onerror=alert(1)>',
    '=1+1',
    '\r',
    '\n',
  ),
  fc.string({ maxLength: 12 }),
);

describe('ingest never throws and never hides a bad cell (property-based, seeded)', () => {
  it('random bytes: no throw; every problem has both messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const ds = ingest([{ name: 'r.bin', bytes }]);
        for (const p of ds.problems) {
          expect(p.message_th.length).toBeGreaterThan(0);
          expect(p.message_en.length).toBeGreaterThan(0);
        }
        expect(() => analyseAll(ds, scoreAll(ds))).not.toThrow();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('random tables under a valid header: no throw, every kept value is a number 0–100', () => {
    const tableArb = fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { maxLength: 40 });
    fc.assert(
      fc.property(tableArb, fc.constantFrom(',', ';', '\t'), (rows, d) => {
        const text = [
          'org_id,year,code,score,negative_pct'.replaceAll(',', d),
          ...rows.map((r) => r.join(d)),
        ].join('\n');
        const ds = ingest([{ name: 't.csv', bytes: new TextEncoder().encode(text) }]);
        for (let i = 0; i < ds.table.length; i++) {
          expect(ds.table.score[i]).toBeGreaterThanOrEqual(0);
          expect(ds.table.score[i]).toBeLessThanOrEqual(100);
        }
        expect(() => analyseAll(ds, scoreAll(ds))).not.toThrow();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('every bad score cell is reported with its Excel row; every good row is kept', () => {
    const good = fc
      .integer({ min: 0, max: 10000 })
      .map((n) => ({ ok: true as const, text: (n / 100).toFixed(2) }));
    const bad = fc
      .constantFrom('1O5', 'abc', '101', '-1', 'NaN', '85..5')
      .map((t) => ({ ok: false as const, text: t }));
    fc.assert(
      fc.property(fc.array(fc.oneof(good, bad), { minLength: 1, maxLength: 60 }), (cells) => {
        // One organisation per row so that no two rows collide as duplicates.
        const text = ['org_id,year,code,score', ...cells.map((c, i) => `A${i},2567,E1,${c.text}`)].join('\n');
        const ds = ingest([{ name: 'p.csv', bytes: new TextEncoder().encode(text) }]);
        expect(ds.table.length).toBe(cells.filter((c) => c.ok).length);
        const reported = new Set<number>();
        for (const p of ds.problems) {
          if (p.severity !== 'error') continue;
          const rows = p.rows && p.rows.length ? p.rows : [p.row];
          for (const r of rows) if (r !== null) reported.add(r);
          // Grouped problems list only the first 20 rows; count covers the rest.
          if ((p.count ?? 1) > 20) for (let k = 0; k < (p.count ?? 0); k++) reported.add(-1 - k);
        }
        const badRows = cells.map((c, i) => (c.ok ? -1 : i + 2)).filter((r) => r > 0);
        const errorCount = ds.problems
          .filter((p) => p.severity === 'error')
          .reduce((n, p) => n + (p.count ?? 1), 0);
        expect(errorCount).toBe(badRows.length);
        for (const r of badRows.slice(0, 20)) expect(reported.has(r)).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
