import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateOrganisations,
  generateYear,
  indicatorCsvChunks,
  organisationsCsv,
  questionCsvChunks,
  type SyntheticYear,
} from '../../../tools/synthetic';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const orgs = generateOrganisations(2567);
const join = (chunks: Iterable<string>): string => Array.from(chunks).join('');
const data = generateYear(orgs, 2568, { seed: 2567 });

describe('synthetic CSV files', () => {
  it('writes organisations.csv byte for byte the same on every run (pinned)', () => {
    const text = organisationsCsv(orgs);
    expect(text.startsWith('org_id,org_name,org_type,province,district\nSYN00001,')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(text.split('\n')).toHaveLength(orgs.length + 2); // header, rows, final empty string
    expect(sha256(text)).toBe('ad4a1dba1ac00c22115b062a0f84fea9f558e7cb90bf749d688237ff8292d4ac');
  });

  it('writes the same question rows for the same seed and different ones for another seed', () => {
    const a = data;
    const b = generateYear(orgs, 2568, { seed: 2567 });
    const first = (data: SyntheticYear): string => questionCsvChunks(data, orgs, 50).next().value as string;
    expect(first(a)).toBe(first(b));
    expect(sha256(join(questionCsvChunks(a, orgs)))).toBe(sha256(join(questionCsvChunks(b, orgs))));
    const other = generateYear(generateOrganisations(11), 2568, { seed: 11 });
    expect(first(other)).not.toBe(first(a));
  });

  it('writes one lean canonical row per agency and code', () => {
    const text = join(questionCsvChunks(data, orgs, 1000));
    const lines = text.split('\n');
    expect(lines[0]).toBe('org_id,year,code,score,negative_pct,respondents');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(data.orgIndex.length * data.codes.length + 2);
    const ids = new Set(orgs.map((o) => o.id));
    const codes = new Set(data.codes);
    for (const line of lines.slice(1, 5000)) {
      if (!line) continue;
      const [id, year, code, score, neg, resp] = line.split(',');
      expect(ids.has(id as string)).toBe(true);
      expect(year).toBe('2568');
      expect(codes.has(code as string)).toBe(true);
      expect(score).toMatch(/^\d{1,3}(\.\d{1,2})?$/);
      if ((code as string).startsWith('O')) expect([neg, resp]).toEqual(['', '']);
      else expect(Number(resp)).toBeGreaterThan(0);
    }
    expect(text).toContain(`${orgs[data.orgIndex[0] as number]!.id},2568,I1,`);
  });

  it('writes indicators 1–10 per agency and year, rounded to 2 decimals', () => {
    const text = join(indicatorCsvChunks([data], orgs));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('org_id,year,code,score');
    expect(lines).toHaveLength(1 + data.orgIndex.length * 10);
    const [id, year, code, score] = (lines[3] as string).split(',');
    expect(id).toBe(orgs[data.orgIndex[0] as number]!.id);
    expect([year, code]).toEqual(['2568', '3']);
    expect(Number(score)).toBeCloseTo(data.indicators[3] as number, 2);
  });
});
