import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ita, itaViaTsx, type Run } from './run-cli';

function json(r: Run) {
  return JSON.parse(r.stdout) as {
    results: Record<string, unknown>[];
    errors: { row: number | null; message_th: string; message_en: string; kind: string }[];
  };
}

describe('ita analyse', () => {
  it('seed 001 report table → 92.69, ผ่านดี, contract fields (through tsx, as npm run ita does)', () => {
    const r = itaViaTsx(
      'analyse',
      'data/examples/satengnok-2567-indicators.csv',
      '--year',
      '2567',
      '--org',
      'เทศบาลเมืองสะเตงนอก',
      '--format',
      'json',
    );
    expect(r.status).toBe(0);
    const out = json(r);
    expect(out.errors).toEqual([]);
    const res = out.results[0] as Record<string, unknown>;
    expect(res).toMatchObject({
      org_id: 'เทศบาลเมืองสะเตงนอก',
      year: 2567,
      framework: 2567,
      overall: 92.69,
      rating: { code: 'good', label_th: 'ผ่านดี' },
      pass: true,
      threshold: 85,
      points_to_pass: 0,
      tools: { IIT: 92.53, EIT: 89.76, OIT: 95 },
    });
    for (const key of [
      'indicators',
      'questions',
      'weak_questions',
      'missing',
      'path_to_pass',
      'measures',
      'warnings',
    ]) {
      expect(res).toHaveProperty(key);
    }
    const ind4 = (res.indicators as Record<string, unknown>[])[3];
    expect(ind4).toMatchObject({ id: 4, tool: 'IIT', weight: 6, score: 81.04, gap: 3.96, points_lost: 1.14 });
  });

  it('a Windows-874 file with Thai digits', () => {
    const r = ita('analyse', 'test/fixtures/win874-thai-digits.csv', '--format', 'json');
    expect(r.status).toBe(0);
    expect(json(r).results[0]).toMatchObject({ org_id: 'T001', org_name: 'เทศบาลทดสอบ', overall: 92.69 });
  });

  it('a semicolon wide file with Thai indicator names (one misspelt), decimal commas and a CE year', () => {
    const r = ita('analyse', 'test/fixtures/wide-semicolon-thai-names.csv', '--format', 'json');
    expect(r.status).toBe(0);
    const res = json(r).results;
    expect(res.map((x) => [x.year, x.overall, (x.rating as { code: string }).code])).toEqual([
      [2563, 75.62, 'B'],
      [2564, 81.45, 'B'],
    ]);
  });

  it('a file with bad rows: exit 1, row-numbered messages in both languages; rows that contradict each other get no overall', () => {
    const r = ita('analyse', 'test/fixtures/bad-rows.csv', '--format', 'json');
    expect(r.status).toBe(1);
    const out = json(r);
    // Row 16 gives indicator 1 a second, different score: which is right is unknown, so no overall.
    expect(out.results[0]).toMatchObject({ overall: null, rating: null, pass: null });
    const res = out.results[0] as { warnings: { kind: string }[]; indicators: { score: number | null }[] };
    expect(res.warnings[0]).toMatchObject({ severity: 'error', kind: 'duplicate-conflict' });
    expect(res.indicators[1]).toMatchObject({ score: 94.96 });
    expect(out.errors.map((e) => e.row)).toEqual([12, 13, 14, 15, 16]);
    for (const e of out.errors) {
      expect(e.message_th).toMatch(/[ก-๙]/);
      expect(e.message_en).toMatch(/[a-z]/);
    }
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(5);
    expect(r.stderr).toContain('แถว 12');
    const en = ita('analyse', 'test/fixtures/bad-rows.csv', '--lang', 'en');
    expect(en.stderr).toContain('row 12');
    expect(en.stdout).toContain('Overall —');
  });

  it('seed 004: E10 first, with its 34.04 % finding, missing questions named and complaint-channel measures', () => {
    const r = ita(
      'analyse',
      'data/examples/huai-chorakhe-2566-questions.csv',
      '--year',
      '2566',
      '--org',
      'อบต.ห้วยจรเข้',
      '--format',
      'json',
    );
    expect(r.status).toBe(0);
    const res = json(r).results[0] as {
      weak_questions: string[];
      missing: string[];
      overall: number | null;
      questions: { code: string; negative_pct: number | null }[];
      measures: { code: string; title_en: string }[];
    };
    expect(res.weak_questions[0]).toBe('E10');
    expect(res.questions.find((q) => q.code === 'E10')?.negative_pct).toBe(34.04);
    expect(res.overall).toBeNull();
    expect(res.missing).toEqual(expect.arrayContaining(['E5', 'I1', '9', '10']));
    expect(res.measures[0]?.code).toBe('E10');
    expect(res.measures[0]?.title_en).toMatch(/whistle-blower/i);
  });

  it('text output in Thai by default', () => {
    const r = ita('analyse', 'test/fixtures/win874-thai-digits.csv');
    expect(r.stdout).toContain('คะแนนรวม 92.69');
    expect(r.stdout).toContain('ผ่านดี');
  });

  it('a missing file is exit 1 with a message; usage errors are exit 2', () => {
    const r = ita('analyse', 'no-such-file.csv', '--format', 'json');
    expect(r.status).toBe(1);
    expect(json(r).errors[0]?.kind).toBe('unreadable-file');
    expect(ita('analyse').status).toBe(2);
    expect(ita('frobnicate', 'x.csv').status).toBe(2);
    expect(ita('analyse', 'x.csv', '--format', 'xml').status).toBe(2);
  });

  it('--target changes the path; --org filters', () => {
    const r = ita('analyse', 'test/fixtures/win874-thai-digits.csv', '--format', 'json', '--target', '95');
    const res = json(r).results[0] as { target: { min_overall: number }; path_to_pass: { total: number }[] };
    expect(res.target.min_overall).toBe(95);
    expect(res.path_to_pass.at(-1)?.total).toBeGreaterThanOrEqual(95);
    const none = ita('analyse', 'test/fixtures/win874-thai-digits.csv', '--org', 'NOPE', '--format', 'json');
    expect(none.status).toBe(1);
    expect(json(none).errors[0]?.kind).toBe('no-results');
  });
});

describe('ita with a framework file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ita-fw-'));
  const data = join(dir, 'd.csv');
  writeFileSync(
    data,
    ['org_id,year,1,2,3,4,5,6,7,8,9,10', `A,2569,${Array(10).fill(90).join(',')}`].join('\n'),
  );

  it('a year without a framework falls back to the latest, with a warning', () => {
    const r = ita('analyse', data, '--format', 'json');
    expect(r.status).toBe(0);
    const res = json(r).results[0] as { framework: number; warnings: { kind: string }[] };
    expect(res.framework).toBe(2568);
    expect(res.warnings.map((w) => w.kind)).toContain('framework-fallback');
  });

  it('a framework file adds the year (here 2569 based on 2568 with a new threshold)', () => {
    const fw = join(dir, 'fw.json');
    writeFileSync(fw, JSON.stringify({ year: 2569, basedOn: 2568, threshold: 90 }));
    const r = ita('analyse', data, '--frameworks', fw, '--format', 'json');
    expect(r.status).toBe(0);
    expect(json(r).results[0]).toMatchObject({ framework: 2569, threshold: 90, overall: 90, pass: true });
  });

  it('a broken framework file is reported like any input (exit 1, both languages)', () => {
    const fw = join(dir, 'bad.json');
    writeFileSync(fw, '{ "year": 2569, "basedOn": 2568, ');
    const r = ita('analyse', data, '--frameworks', fw, '--format', 'json');
    expect(r.status).toBe(1);
    const err = json(r).errors[0];
    expect(err?.kind).toBe('framework-json-invalid');
    expect(err?.message_th).toMatch(/[ก-๙]/);
  });
});

describe('ita with a user catalogue', () => {
  it('adds or replaces measures; bad rows are errors with their row, good ones used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-cat-'));
    const cat = join(dir, 'mine.csv');
    writeFileSync(
      cat,
      [
        'id,code,years,title_th,title_en,steps_th,steps_en,unit_th,unit_en,timeframe,evidence_th,evidence_en,effort',
        'MY-E10,E10,2566-2568,ตั้งศูนย์รับแจ้งเหตุทุจริต,Open a corruption hotline,1. จัดเวร,1. Roster,สำนักปลัด,Office,Q1,ประกาศศูนย์,Notice,2',
        'BAD,E99,2566,x,x,x,x,x,x,Q1,x,x,9',
      ].join('\n'),
    );
    const base = [
      'analyse',
      'data/examples/huai-chorakhe-2566-questions.csv',
      '--year',
      '2566',
      '--format',
      'json',
      '--catalogue',
      cat,
    ];
    const replaced = ita(...base, '--catalogue-mode', 'replace');
    expect(replaced.status).toBe(1);
    const out = json(replaced);
    const measures = (out.results[0] as { measures: { id: string; code: string }[] }).measures;
    expect(measures.filter((m) => m.code === 'E10').map((m) => m.id)).toEqual(['MY-E10']);
    expect(out.errors.every((e) => e.row === 3)).toBe(true);
    const added = json(ita(...base));
    const ids = (added.results[0] as { measures: { id: string; code: string }[] }).measures
      .filter((m) => m.code === 'E10')
      .map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['M-E10-1', 'MY-E10']));
  });
});

describe('ita rank and template', () => {
  it('ranks organisations within a group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-'));
    const f = join(dir, 'r.csv');
    const rows = ['org_id,org_name,province,year,1,2,3,4,5,6,7,8,9,10'];
    const mk = (id: string, p: string, v: number) => `${id},${id},${p},2567,${Array(10).fill(v).join(',')}`;
    rows.push(mk('A', 'ตราด', 90), mk('B', 'ตราด', 80), mk('C', 'ตราด', 90), mk('D', 'ระยอง', 70));
    writeFileSync(f, rows.join('\n'));
    const r = ita('rank', f, '--by', 'province', '--format', 'json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rows: { org_id: string; rank: number; group_size: number; percentile: number; group: string }[];
    };
    const by = Object.fromEntries(out.rows.map((x) => [x.org_id, x]));
    expect(by.A).toMatchObject({ rank: 1, group_size: 3, percentile: 50, group: 'ตราด' });
    expect(by.C).toMatchObject({ rank: 1 });
    expect(by.B).toMatchObject({ rank: 3, percentile: 0 });
    expect(by.D).toMatchObject({ rank: 1, group_size: 1, percentile: 100 });
  });

  it('template: UTF-8 BOM, every code of the year with its Thai wording, readable back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-'));
    const out = join(dir, 't.csv');
    const r = ita('template', '--year', '2567', '--level', 'question', '--out', out);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('I1,');
    expect(text).toContain('E15,');
    expect(text).toMatch(/O1,[^,]*[ก-๙]/);
    // A blank template reads back without errors: empty scores are missing, not zero.
    const back = ita('analyse', out, '--org', 'X', '--format', 'json');
    expect(JSON.parse(back.stdout).errors.filter((e: { kind: string }) => e.kind !== 'no-results')).toEqual(
      [],
    );
    expect(ita('template').status).toBe(2);
  });
});
