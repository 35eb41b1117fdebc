/**
 * `ita analyse` on documents: a PDF (printed by Chromium, test/fixtures/documents/) and text taken from one
 * (the seeds' excerpts), through the same reader as the app, then ingest and the analysis.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../helpers';
import { ita } from './run-cli';

const doc = (name: string) => repoPath(`test/fixtures/documents/${name}`);

interface Json {
  results: {
    org_name: string | null;
    year: number;
    overall: number | null;
    rating: { code: string; label_th: string } | null;
    questions: { code: string; score: number; negative_pct: number | null }[];
  }[];
  errors: { kind: string; row: number | null; message_en: string }[];
  warnings: { kind: string; row: number | null; message_en: string; value: string | null }[];
  documents?: {
    file: string;
    org_name: string | null;
    year: number | null;
    values: { code: string; score: number | null; page: number | null; line: number; used: boolean }[];
    not_understood: { kind: string; candidates: string[]; share: number | null }[];
  }[];
}

function analyse(...args: string[]): { status: number | null; json: Json; stderr: string } {
  const r = ita('analyse', '--format', 'json', ...args);
  return { status: r.status, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

describe('ita analyse plan.pdf --format json', () => {
  const { status, json } = analyse(doc('plan-huai-chorakhe-2566.pdf'));

  it('gives the question scores and negative shares the plan quotes', () => {
    expect(status).toBe(0);
    expect(json.results).toHaveLength(1);
    const q = Object.fromEntries(json.results[0]!.questions.map((x) => [x.code, [x.score, x.negative_pct]]));
    expect(q).toMatchObject({
      E1: [74.62, 4.26],
      E2: [78.94, 6.38],
      E10: [66, 34.04],
      I9: [93.94, 6.06],
      I16: [96.97, 3.03],
      E15: [76.77, 2.13],
    });
    // E6 has no share of its own in the plan (its finding is about E6 and E7 both), and is no yes/no item.
    expect(q.E6).toEqual([73.91, null]);
  });

  it('uses the agency and the results year the plan names, each with a note, and no overall', () => {
    const r = json.results[0]!;
    expect([r.org_name, r.year, r.overall]).toEqual(['องค์การบริหารส่วนตำบลห้วยจรเข้', 2566, null]);
    expect(json.warnings.map((w) => w.kind)).toEqual(
      expect.arrayContaining(['document-org', 'document-year', 'document-finding-not-used']),
    );
  });

  it('lists what was read, with page and line, and what was not placed', () => {
    const d = json.documents?.[0];
    expect(d?.file).toBe('plan-huai-chorakhe-2566.pdf');
    expect(d?.values.find((v) => v.code === 'E10')).toMatchObject({ score: 66, page: 1, used: true });
    expect(d?.not_understood).toEqual([
      expect.objectContaining({
        kind: 'finding',
        share: 4.26,
        candidates: expect.arrayContaining(['E6', 'E7']),
      }),
    ]);
  });
});

describe('ita analyse on other documents', () => {
  it('a results PDF: 92.69 and ผ่านดี', () => {
    const { status, json } = analyse(doc('results-satengnok-2567.pdf'));
    expect(status).toBe(0);
    expect(json.results[0]).toMatchObject({
      org_name: 'เทศบาลเมืองสะเตงนอก',
      year: 2567,
      overall: 92.69,
      rating: { code: 'good', label_th: 'ผ่านดี' },
    });
  });

  it('text taken from a PDF (seed 001): the same 92.69, its problems on the text’s lines', () => {
    const { status, json } = analyse(doc('seed-001-satengnok-results-2567.txt'));
    expect(status).toBe(0);
    expect(json.results[0]?.overall).toBe(92.69);
    const year = json.warnings.find((w) => w.kind === 'document-year');
    expect(year).toMatchObject({ row: 35, value: '2567' });
  });

  it('--org and --year name the agency and year instead of the document', () => {
    const { json } = analyse(doc('plan-huai-chorakhe-2566.pdf'), '--org', 'อบต.ห้วยจรเข้', '--year', '2566');
    expect([json.results[0]?.org_name, json.results[0]?.year]).toEqual(['อบต.ห้วยจรเข้', 2566]);
    expect(json.warnings.map((w) => w.kind)).not.toContain('document-org');
  });

  it('a document naming two years for its results, without --year: exit 1, no result, the years named', () => {
    const text = [
      'รายงานผลการดำเนินการ องค์การบริหารส่วนตำบลตัวอย่าง',
      'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ และผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
      'E๑๐ หน่วยงานมีช่องทางที่ท่านสามารถแจ้ง ให้ข้อมูล หรือร้องเรียน หรือไม่ คะแนน ๖๖.๐๐',
    ].join('\n');
    const file = writeTemp('two-years.txt', text);
    const { status, json } = analyse(file);
    expect(status).toBe(1);
    expect(json.results).toEqual([]);
    expect(json.errors.find((e) => e.kind === 'document-no-year')?.message_en).toMatch(/2565, 2566/);
  });
});

describe('text that is neither a table nor a document with figures', () => {
  it('is left to the table reader, which names the headers it did not know', () => {
    const file = writeTemp('notes.txt', 'ชื่อ\tหมายเหตุ\nก\tข\n');
    const { status, json } = analyse(file);
    expect(status).toBe(1);
    expect(json.errors.map((e) => e.kind)).toContain('unrecognised-headers');
    expect(json.documents).toBeUndefined();
  });
});

function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-doc-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
