import { describe, expect, it } from 'vitest';
import { buildPlan } from '@analysis/plans/build-plan';
import { planCsv } from '@analysis/plans/plan-csv';
import { planText } from '@analysis/plans/plan-text';
import { timeframeText } from '@analysis/plans/timeframe';
import { upgradePlan } from '@analysis/plans/upgrade-plan';
import { analyseText, indicatorCsv, SEED001 } from '../helpers';
import { catalogue, SEED004_HEADINGS as HEADINGS, seed004Analysis, seed004Plan } from './fixture';

describe('plan builder (seed 004)', () => {
  it('groups the questions under the standard headings, in their order, as seed 004 does', () => {
    const plan = seed004Plan();
    expect(plan).toMatchObject({ orgName: 'อบต.ห้วยจรเข้', basedOnYear: 2566, planYear: 2567 });
    expect(plan.issues.map((i) => i.titleTh)).toEqual([
      HEADINGS[0],
      HEADINGS[1],
      HEADINGS[2],
      HEADINGS[4],
      HEADINGS[5],
      HEADINGS[6],
    ]);
    const codes = (n: number) => plan.issues[n]?.questions.map((q) => q.code);
    // Seed 004's (๑) E1–E4, (๒) E11–E14, (๓) E6–E9, (๕) I9, (๖) I16, (๗) E10 and E15.
    expect(codes(0)).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(codes(1)).toEqual(['E11', 'E12', 'E13', 'E14']);
    expect(codes(2)).toEqual(['E6', 'E7', 'E8', 'E9']);
    expect(codes(3)).toEqual(['I9']);
    expect(codes(4)).toEqual(['I16']);
    expect(codes(5)).toEqual(['E10', 'E15']);
  });

  it('carries E4, I9 and I16 (above 85 but with negative answers in the data); --weak-only drops them', () => {
    const all = seed004Plan().issues.flatMap((i) => i.questions);
    const find = (code: string) => all.find((q) => q.code === code);
    expect(find('E4')).toMatchObject({ score: 95.77, negativePct: 4.26 });
    expect(find('I9')?.findingTh).toBe(
      'บุคลากรภายในหน่วยงานร้อยละ 6.06 เห็นว่าหน่วยงานใช้จ่ายงบประมาณไม่ตรงตามวัตถุประสงค์หรือไม่คุ้มค่า',
    );
    expect(find('I16')?.findingTh).toMatch(/^บุคลากรภายในหน่วยงานร้อยละ 3\.03 เห็นว่า.*ธุระส่วนตัว/);
    const weak = seed004Plan(true).issues.flatMap((i) => i.questions.map((q) => q.code));
    expect(weak).not.toContain('E4');
    expect(weak).not.toContain('I9');
    expect(weak).not.toContain('I16');
    expect(weak).toContain('E10');
  });

  it('quotes the NACC wording of 2566 (seed 004), unmarked', () => {
    const all = seed004Plan().issues.flatMap((i) => i.questions);
    const e10 = all.find((q) => q.code === 'E10');
    expect(e10?.textTh).toBe(
      'หน่วยงานมีช่องทางที่ท่านสามารถแจ้ง ให้ข้อมูล หรือร้องเรียน ในกรณีที่พบว่า มีเจ้าหน้าที่มีการเรียกรับสินบนหรือทุจริตต่อหน้าที่หรือไม่',
    );
    expect(all.find((q) => q.code === 'I9')?.textTh).toBe(
      'หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์และคุ้มค่า มากน้อยเพียงใด',
    );
    expect(all.every((q) => q.mark === undefined)).toBe(true);
  });

  it('findings print a share only when the data carry it; derived ones say so; none for a four-level question', () => {
    const all = seed004Plan().issues.flatMap((i) => i.questions);
    const finding = (code: string) => all.find((q) => q.code === code)?.findingTh ?? '';
    expect(finding('E10')).toMatch(/^ผู้รับบริการร้อยละ 34\.04 เห็นว่า/);
    // E8 is yes/no with no share in the data: about 21 %, said to be an estimate, never "21.23".
    expect(finding('E8')).toMatch(/^ผู้รับบริการราวร้อยละ 21 เห็นว่า.*ประมาณจาก 100 − คะแนน 78\.77/);
    expect(finding('E8')).not.toContain('21.23');
    // E7 and E9 are four-level questions without a share: where the average answer lies, no percentage.
    expect(finding('E7')).toBe(
      'คำตอบเฉลี่ยของผู้รับบริการอยู่ระหว่างระดับมากกับระดับมากที่สุด (คะแนน 73.19) ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ',
    );
    expect(finding('E9')).not.toMatch(/ร้อยละ/);
    for (const q of all) expect(q.findingTh).not.toMatch(/ต่ำกว่าเกณฑ์/);
  });

  it('indicator-only data (seed 001) still gets a plan, on its indicators below 85, under their headings', () => {
    const [x] = analyseText(indicatorCsv(SEED001));
    if (!x) throw new Error('no analysis');
    const plan = buildPlan(x, catalogue);
    expect(plan.issues.map((i) => [i.id, i.questions.map((q) => q.code)])).toEqual([
      ['h2', ['8']],
      ['h4', ['4']],
    ]);
    expect(plan.issues.every((i) => i.measures.length > 0)).toBe(true);
    expect(plan.issues[0]?.questions[0]?.findingTh).toContain('ข้อมูลมีเพียงคะแนนรายตัวชี้วัด');
  });

  it('--plan-year sets the year the plan is carried out in', () => {
    const plan = buildPlan(seed004Analysis(), catalogue, { planYear: 2568 });
    expect(plan.planYear).toBe(2568);
    expect(plan.id.endsWith('|2568')).toBe(true);
  });
});

describe('plan CSV and text', () => {
  it('CSV for Excel: BOM, the Word table fields, Arabic digits, formula-safe user text only', () => {
    const plan = seed004Plan();
    const issue = plan.issues[0];
    const m = issue?.measures[0];
    if (!issue || !m) throw new Error('no measure');
    issue.measures.push({
      ...m,
      id: 'x',
      titleTh: '=HYPERLINK("http://x")',
      unitTh: '+66 2 123 4567',
      limitationsTh: 'งบประมาณจำกัด',
    });
    const csv = planCsv(plan, { lang: 'th' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(
      'ประเด็นที่,ประเด็น,ข้อคำถาม ITA,ข้อค้นพบ,มาตรการที่,มาตรการ,ขั้นตอน/วิธีการปฏิบัติ,ระยะเวลาดำเนินการ,หน่วยงานผู้รับผิดชอบ,หลักฐานที่เผยแพร่,ข้อจำกัด',
    );
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(',+66 2 123 4567,');
    expect(csv).toContain('งบประมาณจำกัด');
    expect(csv).toContain('คะแนน 66.00');
    expect(csv).not.toMatch(/[๐-๙]/);
    expect(csv).toContain('• ผู้รับบริการร้อยละ 34.04');
    // None of our own cells starts with a formula character (findings are bulleted with "•").
    const own = planCsv(seed004Plan(), { lang: 'th' });
    expect(own).not.toContain("'");
    for (const line of own.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[-+@=]/);
  });

  it('text output carries the same fields, in Thai digits when asked', () => {
    const text = planText(seed004Plan(), 'th', { thaiDigits: true });
    expect(text).toContain('(๖) กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน');
    expect(text).toContain('หลักฐานที่เผยแพร่:');
    expect(text).toContain('คะแนน ๖๖.๐๐');
  });

  it('timeframes in quarters or in Thai months of the plan year', () => {
    expect(timeframeText('Q1-Q4', 2568, 'th', 'quarters')).toBe('ไตรมาส 1–4');
    expect(timeframeText('Q1-Q4', 2568, 'th', 'months')).toBe('ต.ค. 2567 – ก.ย. 2568');
    expect(timeframeText('Q2', 2568, 'th', 'months', true)).toBe('ม.ค. ๒๕๖๘ – มี.ค. ๒๕๖๘');
    expect(timeframeText('Q3-Q4', 2568, 'en', 'months')).toBe('Apr 2025 – Sep 2025');
    expect(timeframeText('ตลอดปี', 2568, 'th', 'months')).toBe('ตลอดปี');
  });
});

describe('plans saved by an earlier version', () => {
  it('are brought up to date: constraints move to the first measure, old summaries are requoted', () => {
    const plan = seed004Plan();
    const issue = plan.issues[5];
    if (!issue) throw new Error('no issue');
    const old = {
      ...plan,
      issues: plan.issues.map((i) =>
        i === issue
          ? {
              ...i,
              limitationsTh: 'การประชาสัมพันธ์ยังไม่ทั่วถึง',
              questions: i.questions.map((q) =>
                q.code === 'E10' ? { ...q, textTh: 'มีช่องทางแจ้งเรื่องสินบนหรือทุจริต' } : q,
              ),
            }
          : i,
      ),
    };
    const up = upgradePlan(old);
    const h7 = up.issues[5];
    expect(h7?.limitationsTh).toBe('');
    expect(h7?.measures[0]?.limitationsTh).toBe('การประชาสัมพันธ์ยังไม่ทั่วถึง');
    expect(h7?.questions[0]?.textTh).toMatch(/^หน่วยงานมีช่องทางที่ท่านสามารถแจ้ง/);
    expect(h7?.questions[0]?.findingTh).toBe(issue.questions[0]?.findingTh);
    // Idempotent, and a current plan comes back as the same object.
    expect(upgradePlan(up)).toBe(up);
    expect(upgradePlan(plan)).toBe(plan);
  });
});
