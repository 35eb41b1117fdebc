import { describe, expect, it } from 'vitest';
import { bundleForm, decodeDataset, encodeDataset, isEncodedDataset } from '@analysis/exports/columnar';
import { scoreAll } from '@analysis/scoring/score-all';
import { ingestText, SEED001 } from '../helpers';

describe('columnar dataset file', () => {
  it('round-trips scores, shares, organisations and scores the same', () => {
    const text = [
      'org_id,org_name,province,year,code,score,negative_pct,respondents',
      ...SEED001.map((v, i) => `A,อบต.ก,ตราด,2567,${i + 1},${v},,`),
      'B,อบต.ข,ระยอง,2566,E10,66,34.04,47',
      'A,อบต.ก,ตราด,2567,E10,70.5,,',
    ].join('\n');
    const ds = ingestText(text);
    const bytes = encodeDataset(ds, { synthetic: true });
    expect(isEncodedDataset(bytes)).toBe(true);
    const { dataset: back, meta } = decodeDataset(bytes);
    expect(meta).toEqual({ synthetic: true });
    expect(back.orgs).toEqual(ds.orgs);
    expect(back.table.length).toBe(ds.table.length);
    const a = scoreAll(ds);
    const b = scoreAll(back);
    expect(Array.from(b.overall)).toEqual(Array.from(a.overall));
    const e10 = Array.from({ length: back.table.length }, (_, i) => i).find(
      (i) => back.table.slot[i] === 60 && back.table.org[i] === 1,
    );
    expect(e10).toBeDefined();
    expect(back.table.negativePct[e10 as number]).toBe(34.04);
    expect(back.table.respondents[e10 as number]).toBe(47);
  });

  it('keeps full precision when scores have more than two decimals', () => {
    const ds = ingestText('org_id,year,code,score\nA,2567,1,92.6876');
    expect(decodeDataset(encodeDataset(ds)).dataset.table.score[0]).toBe(92.6876);
  });

  it('bundle form: drops respondents and provenance, keeps scores and shares, leaves the dataset alone', () => {
    const ds = ingestText(
      'org_id,year,code,score,negative_pct,respondents\nA,2567,E10,70.5,34.04,47\nA,2567,E11,80,,',
    );
    expect(ds.table.respondents[0]).toBe(47);
    expect(ds.table.row[0]).toBeGreaterThan(0);
    const small = encodeDataset(bundleForm(ds));
    expect(small.length).toBeLessThan(encodeDataset(ds).length);
    const back = decodeDataset(small).dataset;
    expect(back.table.respondents[0]).toBeNaN();
    expect(Array.from(back.table.row)).toEqual([0, 0]);
    expect(back.files).toEqual([]);
    expect(back.table.score[0]).toBe(70.5);
    expect(back.table.negativePct[0]).toBe(34.04);
    // The dataset given is untouched.
    expect(ds.table.respondents[0]).toBe(47);
    expect(ds.table.row[0]).toBeGreaterThan(0);
    expect(ds.files.length).toBeGreaterThan(0);
  });

  it('rejects other bytes', () => {
    expect(() => decodeDataset(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow();
  });
});
