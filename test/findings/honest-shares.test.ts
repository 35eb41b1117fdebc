/**
 * One rule for a share derived from a yes/no score, wherever a finding is written: the analysis (the app's
 * question table and `ita analyse --format json`), and the plan in Word, CSV and text. A share is printed
 * when the data give it, or exactly (and said to be worked out) when 100 − score is a whole number of the
 * respondents; marked as an estimate when their number is unknown; not at all when it is no whole number.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyseAll } from '@analysis/analyse';
import { buildPlan } from '@analysis/plans/build-plan';
import { planCsv } from '@analysis/plans/plan-csv';
import { planDocx } from '@analysis/plans/plan-docx';
import { planText } from '@analysis/plans/plan-text';
import { scoreAll } from '@analysis/scoring/score-all';
import { ingestText, repoPath } from '../helpers';
import { catalogue } from '../plans/fixture';

const FIXTURE = 'test/fixtures/findings/yes-no-respondents.csv';

function analysis() {
  const ds = ingestText(readFileSync(repoPath(FIXTURE), 'utf8'));
  const [x] = analyseAll(ds, scoreAll(ds), { catalogue });
  if (!x) throw new Error('no analysis');
  return x;
}

function analyseJson(file: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', repoPath('tools/cli/main.ts'), 'analyse', file, '--format', 'json', ...args],
    { cwd: repoPath('.'), encoding: 'utf8' },
  );
  const out = JSON.parse(r.stdout) as {
    results: {
      questions: {
        code: string;
        negative_pct: number | null;
        finding_th: string | null;
        finding_en: string | null;
      }[];
    }[];
  };
  const qs = out.results[0]?.questions ?? [];
  return (code: string) => qs.find((q) => q.code === code);
}

const E8_NO_SHARE =
  'ผู้รับบริการให้ข้อนี้ 78.77 คะแนนจาก 100 (100 คือทุกคนตอบในทางบวก) แต่ 100 − 78.77 ไม่ตรงกับผู้ตอบจำนวนเต็มคนจาก 47 คน';

describe('derived shares, the same everywhere a finding is written', () => {
  it('the analysis: exact where 100 − score is a whole number of the respondents, none where it is not', () => {
    const codes = analysis().assessment.codes;
    const q = (code: string) => codes.find((c) => c.code === code);
    expect(q('E10')).toMatchObject({ negativePct: 34.04, negativeSource: 'data', respondents: 47 });
    expect(q('E13')).toMatchObject({ negativeSource: 'derived', respondents: 47 });
    expect(q('E13')?.negativePct).toBeCloseTo((11 / 47) * 100, 10);
    expect(q('E13')?.findingTh).toMatch(
      /^ผู้รับบริการร้อยละ 23\.40 \(11 จาก 47 คน\) เห็นว่า.*\(คิดจาก 100 − คะแนน 76\.60/,
    );
    expect(q('E8')).toMatchObject({ negativePct: null, negativeSource: null });
    expect(q('E8')?.findingTh).toContain(E8_NO_SHARE);
  });

  it('`ita analyse --format json`: finding_th/finding_en mark a derived share, never print an impossible one', () => {
    const q = analyseJson(FIXTURE);
    expect(q('E13')?.negative_pct).toBe(23.4);
    expect(q('E13')?.finding_th).toContain('(คิดจาก 100 − คะแนน 76.60');
    expect(q('E13')?.finding_en).toContain('(worked out as 100 − the score 76.60');
    expect(q('E8')?.negative_pct).toBeNull();
    expect(q('E8')?.finding_th).toContain(E8_NO_SHARE);
    expect(q('E8')?.finding_th).not.toContain('21.23');
    // Seed 004's data give no respondent count: E8's share only as an estimate, said to be one.
    const seed = analyseJson(
      'data/examples/huai-chorakhe-2566-questions.csv',
      '--org',
      'อบต.ห้วยจรเข้',
      '--year',
      '2566',
    );
    expect(seed('E8')?.negative_pct).toBeNull();
    expect(seed('E8')?.finding_th).toMatch(/^ผู้รับบริการราวร้อยละ 21 เห็นว่า.*\(ประมาณจาก 100 − คะแนน 78\.77/);
    expect(seed('E8')?.finding_en).toMatch(
      /^About 21% of service users .*\(estimated as 100 − the score 78\.77/,
    );
    expect(seed('E8')?.finding_th).not.toContain('21.23');
  }, 60_000);

  it('the plan in Word, CSV and text: the same findings; an exact derived share carries its question', async () => {
    const plan = buildPlan(analysis(), catalogue);
    const codes = plan.issues.flatMap((i) => i.questions.map((q) => q.code));
    // E4 scores 95.74, over 85, but 2 of its 47 respondents answered negatively: it is carried.
    expect(codes).toContain('E4');
    const csv = planCsv(plan, { lang: 'th', timeframes: 'quarters' });
    const text = planText(plan, 'th', { timeframes: 'quarters' });
    const docx = strFromU8(
      unzipSync(await planDocx(plan, { lang: 'th' }))['word/document.xml'] ?? new Uint8Array(),
    );
    const words = [...docx.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const flat = (s: string) => s.replace(/[\u00A0\u2060]/g, ' ').replace(/\s+/g, ' ');
    for (const out of [csv, text, words].map(flat)) {
      expect(out).toContain('ร้อยละ 4.26 (2 จาก 47 คน)');
      expect(out).toContain(flat(E8_NO_SHARE));
      expect(out).not.toContain('21.23');
      expect(out).not.toContain('ราวร้อยละ');
    }
  });
});
