import { describe, expect, it } from 'vitest';
import { emptyResult } from '@analysis/plans/report';
import { DB_VERSION, STORES, upgradeStores, type UpgradeTarget } from '@/shared/store/db';
import {
  fromPlanRecord,
  fromReportRecord,
  readPlan,
  toPlanRecord,
  toReportRecord,
  type StoredPlan,
} from '@/shared/store/plan-records';
import { createWriteQueue, type SaveStatus } from '@/shared/store/write-queue';
import { seedPlan } from '../../../app/plan-fixture';

/** A database being upgraded, as IndexedDB hands it to `upgrade`: its stores and their records. */
function fakeDb(stores: Record<string, unknown[]>): UpgradeTarget & { stores: Record<string, unknown[]> } {
  return {
    stores,
    objectStoreNames: { contains: (name) => name in stores },
    createObjectStore(name) {
      if (name in stores) throw new DOMException(`${name} exists`, 'ConstraintError');
      stores[name] = [];
      return {};
    },
  };
}

const stored: StoredPlan = { plan: seedPlan(), ds: 'ex-huai-chorakhe-2566', createdAt: 1, updatedAt: 2 };

describe('database upgrade', () => {
  it('is at version 3 with the plan and report stores and the records kept aside', () => {
    expect(DB_VERSION).toBe(3);
    expect(STORES.map((s) => s.name)).toEqual(['datasets', 'mappings', 'plans', 'reports', 'aside']);
  });

  it('from version 1 adds plans and reports and keeps the saved datasets and mappings as they are', () => {
    const dataset = {
      v: 1,
      id: 'ex-satengnok-2567',
      label: 'x',
      source: { kind: 'example', example: 'satengnok-2567' },
    };
    const mapping = { signature: 'a|b', mapping: { 0: 'org_name' }, savedAt: 3 };
    const db = fakeDb({ datasets: [dataset], mappings: [mapping] });
    expect(upgradeStores(db)).toEqual(['plans', 'reports', 'aside']);
    expect(db.stores.datasets).toEqual([dataset]);
    expect(db.stores.mappings).toEqual([mapping]);
  });

  it('creates every store in a new database, and nothing in a current one', () => {
    expect(upgradeStores(fakeDb({}))).toEqual(['datasets', 'mappings', 'plans', 'reports', 'aside']);
    expect(upgradeStores(fakeDb({ datasets: [], mappings: [], plans: [], reports: [] }))).toEqual(['aside']);
    expect(upgradeStores(fakeDb({ datasets: [], mappings: [], plans: [], reports: [], aside: [] }))).toEqual(
      [],
    );
  });
});

describe('stored plans and reports', () => {
  it('round-trip a plan exactly', () => {
    const back = fromPlanRecord(structuredClone(toPlanRecord(stored)));
    expect(back).toEqual(stored);
  });

  it("keep what the seeds' layout added: wording marks, per-measure constraints, cover and memo", () => {
    const plan = structuredClone(stored.plan);
    const issue = plan.issues[0]!;
    issue.questions[0] = { ...issue.questions[0]!, mark: 'earlier-form', formYear: 2564 };
    issue.measures[0] = {
      ...issue.measures[0]!,
      limitationsTh: 'งบประมาณจำกัด',
      limitationsEn: 'Tight budget',
    };
    const withFields: StoredPlan = { ...stored, plan };
    expect(fromPlanRecord(structuredClone(toPlanRecord(withFields)))).toEqual(withFields);
    const bad = structuredClone(toPlanRecord(withFields));
    bad.plan.issues[0]!.questions[0]!.mark = 'guess' as never;
    expect(fromPlanRecord(bad)).toBeNull();
    const memo = {
      office: 'สำนักปลัด',
      ref: 'นม ๘๑๔๐๑/๑๒๓',
      date: '2025-09-30',
      to: 'นายก อบต.',
      signer: 'นาง ก',
      signerPosition: 'ปลัด อบต.',
    };
    const report = { planId: plan.id, results: {}, cover: true, memo };
    expect(fromReportRecord(structuredClone(toReportRecord(report, 3)))).toEqual({ report, dropped: 0 });
    const damaged = { ...toReportRecord(report, 3), memo: { ...memo, date: '30/9/2568' } };
    expect(fromReportRecord(damaged)).toEqual({
      report: { planId: plan.id, results: {}, cover: true },
      dropped: 1,
    });
  });

  it('skip damaged plan records instead of passing them on', () => {
    const good = toPlanRecord(stored);
    const bad = (patch: (r: Record<string, unknown>) => void) => {
      const r = structuredClone(good) as unknown as Record<string, unknown>;
      patch(r);
      return fromPlanRecord(r);
    };
    expect(fromPlanRecord(null)).toBeNull();
    expect(fromPlanRecord('plan')).toBeNull();
    expect(bad((r) => (r.v = 2))).toBeNull();
    expect(bad((r) => (r.id = 'other|2567'))).toBeNull();
    expect(bad((r) => ((r.plan as Record<string, unknown>).issues = 'none'))).toBeNull();
    expect(bad((r) => ((r.plan as Record<string, unknown>).planYear = 'next'))).toBeNull();
    expect(
      bad((r) => {
        const issue = ((r.plan as Record<string, unknown>).issues as Record<string, unknown>[])[0]!;
        (issue.measures as Record<string, unknown>[])[0]!.stepsTh = [1, 2];
      }),
    ).toBeNull();
    expect(
      bad((r) => {
        const issue = ((r.plan as Record<string, unknown>).issues as Record<string, unknown>[])[0]!;
        (issue.measures as Record<string, unknown>[])[0]!.effort = 7;
      }),
    ).toBeNull();
    // Two measures with one id would mix their results.
    expect(
      bad((r) => {
        const issue = ((r.plan as Record<string, unknown>).issues as Record<string, unknown>[])[0]!;
        const ms = issue.measures as Record<string, unknown>[];
        ms[1]!.id = ms[0]!.id;
      }),
    ).toBeNull();
    expect(readPlan(structuredClone(stored.plan))).toEqual(stored.plan);
  });

  it('keep the good results of a report and drop only the damaged ones', () => {
    const ok = {
      ...emptyResult('M-E10-1'),
      status: 'done' as const,
      doneTh: 'ทำแล้ว',
      startDate: '2024-10-01',
    };
    const rec = toReportRecord({ planId: stored.plan.id, results: { 'M-E10-1': ok } }, 5) as unknown as {
      results: Record<string, unknown>;
    };
    rec.results['M-E11-1'] = { ...emptyResult('M-E11-1'), status: 'finished' };
    rec.results['M-E12-1'] = { ...emptyResult('M-E12-1'), endDate: '1/10/2567' };
    rec.results['M-E13-1'] = { ...emptyResult('other'), status: 'done' };
    const back = fromReportRecord(structuredClone(rec));
    expect(back?.dropped).toBe(3);
    expect(back?.report).toEqual({ planId: stored.plan.id, results: { 'M-E10-1': ok } });
    expect(fromReportRecord({ v: 1, planId: '', results: {} })).toBeNull();
    expect(fromReportRecord({ v: 1, planId: 'x', results: [] })).toBeNull();
  });
});

describe('write queue', () => {
  it('writes the latest value per key, one write at a time, and reports saved', async () => {
    const seen: SaveStatus[] = [];
    const q = createWriteQueue((s) => seen.push(s));
    const written: string[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((r) => (release = r));
    q.put('plan:a', async () => {
      await slow;
      written.push('a1');
      return true;
    });
    q.put('plan:b', async () => (written.push('b1'), true));
    q.put('plan:b', async () => (written.push('b2'), true));
    q.put('plan:b', async () => (written.push('b3'), true));
    expect(q.status()).toBe('saving');
    release();
    await q.flush();
    expect(written).toEqual(['a1', 'b3']);
    expect(q.status()).toBe('saved');
    expect(seen).toEqual(['saving', 'saved']);
  });

  it('says unsaved when a write fails or throws, and saved again after the next good one', async () => {
    const q = createWriteQueue(() => {});
    q.put('x', async () => false);
    await q.flush();
    expect(q.status()).toBe('unsaved');
    q.put('x', async () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await q.flush();
    expect(q.status()).toBe('unsaved');
    q.put('x', async () => true);
    await q.flush();
    expect(q.status()).toBe('saved');
  });
});
