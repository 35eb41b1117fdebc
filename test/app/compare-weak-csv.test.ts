import { describe, expect, it } from 'vitest';
import { weakestInGroup } from '../../analysis/compare/weakest';
import { ingest } from '../../analysis/ingest/ingest';
import { scoreAll } from '../../analysis/scoring/score-all';
import { weakCsv } from '../../src/features/compare/lib/weak-csv';
import { weakRows } from '../../src/features/compare/lib/weak-rows';
import { repoBytes } from '../helpers';

describe('Compare → weak codes CSV', () => {
  it('gives points lost per agency for every code and the pass rate for OIT items (fixture, by hand)', () => {
    const ds = ingest([
      { name: 'weak-codes-2567.csv', bytes: repoBytes('test/fixtures/weak-codes-2567.csv') },
    ]);
    const sb = scoreAll(ds);
    const groups = Int32Array.from({ length: sb.groups.count }, (_, i) => i);
    const { questions, oit } = weakRows(weakestInGroup(ds, sb, groups), null);
    const csv = weakCsv([...questions, ...oit], (r) => r.code.toLowerCase(), 'text');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'code,tool,text,scored,below_85,mean,lost_per_agency,passed,pass_rate',
      'E1,EIT,e1,4,3,84,0.32,,',
      'I1,IIT,i1,3,3,70,0.3,,',
      'O37,OIT,o37,4,1,75,1.25,3,75',
      'O24,OIT,o24,4,2,50,0.5,2,50',
      'O1,OIT,o1,4,3,25,0.375,1,25',
    ]);
  });
});
