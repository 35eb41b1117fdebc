/**
 * The confirm step's state (src/features/data/lib/reading-draft.ts): proposals filled in, edits, a finding
 * placed by the user, and the file the dataset keeps read back by ingest like any CSV.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../analysis/ingest/ingest';
import { analyseAll } from '../../analysis/analyse';
import { scoreAll } from '../../analysis/scoring/score-all';
import {
  confirmedValues,
  draftFile,
  missingForUse,
  newDraft,
  placeFinding,
  placeTargets,
  withEdit,
} from '../../src/features/data/lib/reading-draft';
import { readFixture } from '../ingest/text/document-fixtures';

function readBack(csv: string, name = 'kept.csv') {
  const ds = ingest([{ name, bytes: new TextEncoder().encode(csv) }]);
  return { ds, analyses: analyseAll(ds, scoreAll(ds)) };
}

describe('the confirm step of seed 004', () => {
  const reading = readFixture('seed-004-huai-chorakhe-plan-2566.txt');

  it('starts from the proposals and every value as read', () => {
    const d = newDraft(reading);
    expect([d.org, d.year]).toEqual(['องค์การบริหารส่วนตำบลห้วยจรเข้ม', '2566']);
    expect(confirmedValues(d)).toHaveLength(reading.values.length);
    expect(missingForUse(d)).toEqual([]);
  });

  it('places the E6/E7 finding where the user says, candidates first in the choice', () => {
    let d = newDraft(reading);
    const index = reading.unplaced.findIndex((u) => u.kind === 'finding');
    expect(
      placeTargets(d, index)
        .slice(0, 2)
        .map((v) => v.code)
        .sort(),
    ).toEqual(['E6', 'E7']);
    const e6 = reading.values.find((v) => v.code === 'E6')!;
    d = placeFinding(d, index, e6.id);
    const { analyses } = readBack(draftFile(d).csv);
    expect(analyses[0]!.assessment.codes.find((c) => c.code === 'E6')?.negativePct).toBe(4.26);
  });

  it('reads the kept file back with the agency the user typed and the values they kept', () => {
    let d = newDraft(reading);
    d = { ...d, org: 'องค์การบริหารส่วนตำบลห้วยจรเข้' };
    const e1 = reading.values.find((v) => v.code === 'E1')!;
    d = withEdit(d, e1.id, { use: false });
    const e2 = reading.values.find((v) => v.code === 'E2')!;
    d = withEdit(d, e2.id, { score: '80.00' });
    const f = draftFile(d);
    expect(f.name).toBe('seed-004-huai-chorakhe-plan-2566.csv');
    const { ds, analyses } = readBack(f.csv);
    const a = analyses[0]!.assessment;
    expect([a.orgName, a.year]).toEqual(['องค์การบริหารส่วนตำบลห้วยจรเข้', 2566]);
    expect(a.codes.find((c) => c.code === 'E1')).toBeUndefined();
    expect(a.codes.find((c) => c.code === 'E2')?.score).toBe(80);
    // Each row of the kept file names the line it came from; problems map back to the value's id.
    expect(f.ids).toHaveLength(reading.values.length - 1);
    const repeat = ds.problems.find((p) => p.kind === 'duplicate-same');
    const id = f.ids[(repeat?.row ?? 0) - 2];
    expect(reading.values.find((v) => v.id === id)?.code).toBe('E10');
  });

  it('asks for an agency, a four-digit year and at least one value before use', () => {
    let d = newDraft(reading);
    d = { ...d, org: ' ', year: '66' };
    expect(missingForUse(d)).toEqual(['org', 'year']);
    for (const v of reading.values) d = withEdit(d, v.id, { use: false });
    expect(missingForUse({ ...d, org: 'x', year: '๒๕๖๖' })).toEqual(['values']);
  });
});

describe('an indicator row whose code the user changed', () => {
  it('goes to ingest by the code the user gave, not by the printed name', () => {
    const reading = readFixture('seed-001-satengnok-results-2567.txt');
    let d = newDraft(reading);
    const row5 = reading.values.find((v) => v.code === '5')!;
    const overall = reading.values.find((v) => v.code === 'overall')!;
    d = withEdit(d, overall.id, { use: false });
    // Leave indicator 5 out by giving it another indicator's code: indicator 4 is then given twice.
    d = withEdit(d, row5.id, { code: '4' });
    const { ds, analyses } = readBack(draftFile(d).csv);
    expect(ds.problems.map((p) => p.kind)).toContain('duplicate-conflict');
    expect(analyses[0]!.assessment.overall).toBeNull();
  });
});
