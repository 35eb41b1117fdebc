import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ita } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'ita-prop-'));
const cell = fc.oneof(
  fc.constantFrom(
    '',
    'A1',
    '2567',
    '2024',
    'E10',
    'O43',
    'i 3',
    '๙๒.๖๙',
    '85%',
    '1O5',
    '−3',
    '"',
    'NaN',
    '=cmd|x',
    '<img src=x>',
  ),
  fc.string({ maxLength: 8 }),
);

describe('ita analyse on random files (property-based, seeded)', () => {
  it('never crashes: exit 0 or 1, valid JSON, errors name rows inside the file', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 }),
        fc.boolean(),
        (rows, raw) => {
          const file = join(dir, `f${n++}.csv`);
          const text =
            (raw ? '' : 'org_id,year,code,score,negative_pct\n') + rows.map((r) => r.join(',')).join('\n');
          writeFileSync(file, text);
          const r = ita('analyse', file, '--format', 'json');
          expect([0, 1]).toContain(r.status);
          expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
          const out = JSON.parse(r.stdout) as { errors: { row: number | null }[] };
          const lines = text.split('\n').length;
          for (const e of out.errors) if (e.row !== null) expect(e.row).toBeLessThanOrEqual(lines);
        },
      ),
      { seed: 2567, numRuns: 12 },
    );
  }, 120_000);
});
