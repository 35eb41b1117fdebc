import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../analysis/analyse';
import { ingest } from '../../analysis/ingest/ingest';
import { loadBuiltinCatalogue } from '../../tools/node/builtin-catalogue';
import { buildPlan } from '../../analysis/plans/build-plan';
import { planCsv } from '../../analysis/plans/plan-csv';
import { planDocx } from '../../analysis/plans/plan-docx';
import { sarabunFontsNode } from '../../tools/node/sarabun-fonts';
import { timeframeText } from '../../analysis/plans/timeframe';
import { scoreAll } from '../../analysis/scoring/score-all';
import { analyseText, indicatorCsv, repoBytes, SEED001 } from '../helpers';

const catalogue = loadBuiltinCatalogue().measures;

function seed004Plan() {
  const ds = ingest(
    [{ name: 'huai.csv', bytes: repoBytes('data/examples/huai-chorakhe-2566-questions.csv') }],
    {
      orgName: 'อบต.ห้วยจรเข้',
      year: 2566,
    },
  );
  const [x] = analyseAll(ds, scoreAll(ds), { catalogue });
  if (!x) throw new Error('no analysis');
  return buildPlan(x, catalogue);
}

describe('plan builder', () => {
  it('seed 004: the first issue is built on E10 with the 34.04 % finding and complaint-channel measures', () => {
    const plan = seed004Plan();
    expect(plan).toMatchObject({ orgName: 'อบต.ห้วยจรเข้', basedOnYear: 2566, planYear: 2567 });
    const first = plan.issues[0];
    expect(first?.questions[0]).toMatchObject({ code: 'E10', score: 66, negativePct: 34.04 });
    expect(first?.questions[0]?.findingTh).toMatch(/^ผู้รับบริการร้อยละ 34\.04 เห็นว่า.*ช่องทาง/);
    expect(first?.measures[0]?.titleEn).toMatch(/channel/i);
    expect(first?.measures[0]?.titleTh).toMatch(/ผู้แจ้งเบาะแส/);
    // Every weak code is in exactly one issue.
    const codes = plan.issues.flatMap((i) => i.questions.map((q) => q.code)).sort();
    expect(codes).toEqual([
      'E1',
      'E10',
      'E11',
      'E12',
      'E13',
      'E14',
      'E15',
      'E2',
      'E3',
      'E6',
      'E7',
      'E8',
      'E9',
    ]);
  });

  it('indicator-only data (seed 001) still gets a plan, on its indicators below 85', () => {
    const [x] = analyseText(indicatorCsv(SEED001));
    if (!x) throw new Error('no analysis');
    const plan = buildPlan(x, catalogue);
    const qs = plan.issues.flatMap((i) => i.questions.map((q) => q.code));
    expect(qs.sort()).toEqual(['4', '8']);
    expect(plan.issues.every((i) => i.measures.length > 0)).toBe(true);
  });

  it('timeframes in quarters or in Thai months of the plan year', () => {
    expect(timeframeText('Q1-Q4', 2568, 'th', 'quarters')).toBe('ไตรมาส 1–4');
    expect(timeframeText('Q1-Q4', 2568, 'th', 'months')).toBe('ต.ค. 2567 – ก.ย. 2568');
    expect(timeframeText('Q2', 2568, 'th', 'months', true)).toBe('ม.ค. ๒๕๖๘ – มี.ค. ๒๕๖๘');
    expect(timeframeText('Q3-Q4', 2568, 'en', 'months')).toBe('Apr 2025 – Sep 2025');
    expect(timeframeText('ตลอดปี', 2568, 'th', 'months')).toBe('ตลอดปี');
  });

  it('CSV export: BOM, the plan columns, formula-safe cells', () => {
    const plan = seed004Plan();
    const issue = plan.issues[0];
    const m = issue?.measures[0];
    if (!issue || !m) throw new Error('no measure');
    issue.measures.push({ ...m, id: 'x', titleTh: '=HYPERLINK("http://x")' });
    const csv = planCsv(plan, { lang: 'th' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('ประเด็น,ข้อคำถาม ITA,ข้อค้นพบ');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/[,\n]=HYPERLINK/);
  });
});

describe('plan .docx', () => {
  it('A4 landscape, Sarabun embedded, the plan table cells in the XML', async () => {
    const plan = seed004Plan();
    const bytes = await planDocx(plan, { lang: 'th', fonts: sarabunFontsNode() });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน อบต.ห้วยจรเข้');
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ. 2567');
    for (const header of [
      'ประเด็น',
      'การนำผลการวิเคราะห์ไปสู่การปฏิบัติ',
      'ข้อคำถาม ITA',
      'ข้อค้นพบ',
      'ขั้นตอน/วิธีการปฏิบัติ',
      'ระยะเวลาดำเนินการ',
      'หน่วยงานผู้รับผิดชอบ',
    ]) {
      expect(xml).toContain(`<w:t xml:space="preserve">${header}</w:t>`);
    }
    expect(xml).toContain('E10 มีช่องทางแจ้งเรื่องสินบนหรือทุจริต คะแนน 66.00');
    expect(xml).toMatch(/ผู้รับบริการร้อยละ 34\.04/);
    expect(xml).toContain('w:ascii="Sarabun"');
    expect(Object.keys(files).some((f) => f.startsWith('word/fonts/'))).toBe(true);
  });

  it('Thai digits when asked; file text is escaped, never markup', async () => {
    const plan = seed004Plan();
    plan.orgName = '<img src=x onerror=alert(1)> & "co"';
    const xml = strFromU8(
      unzipSync(await planDocx(plan, { lang: 'th', thaiDigits: true }))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    expect(xml).toContain('&lt;img src=x onerror=alert(๑)&gt; &amp;');
    expect(xml).not.toContain('<img');
  });
});

describe('results report', () => {
  it('progress at a glance and the .docx in the layout of agencies’ reports', async () => {
    const { reportDocx } = await import('../../analysis/plans/report-docx');
    const { reportProgress, thaiDate } = await import('../../analysis/plans/report');
    const plan = seed004Plan();
    const first = plan.issues[0]?.measures[0];
    if (!first) throw new Error('no measure');
    const report = {
      planId: plan.id,
      results: {
        [first.id]: {
          measureId: first.id,
          status: 'done' as const,
          doneTh: 'ติดป้ายช่องทางร้องเรียน 6 จุด',
          outcomeTh: 'มีผู้แจ้งเรื่องออนไลน์ 12 เรื่อง',
          startDate: '2023-10-01',
          endDate: '2024-03-31',
          noteTh: '',
        },
      },
    };
    const p = reportProgress(plan, report);
    expect(p.byStatus.done).toBe(1);
    expect(p.total).toBeGreaterThan(1);
    expect(p.donePct).toBeCloseTo(100 / p.total, 6);
    expect(thaiDate('2023-10-01')).toBe('1 ต.ค. 2566');
    const xml = strFromU8(
      unzipSync(await reportDocx(plan, report, { lang: 'th' }))['word/document.xml'] as Uint8Array,
    );
    for (const h of [
      'ลำดับที่',
      'มาตรการ/กิจกรรมที่ดำเนินการ',
      'ระยะเวลาดำเนินการ',
      'สรุปผลการดำเนินการตามมาตรการ',
      'ผลลัพธ์หรือความสำเร็จ',
      'หมายเหตุ',
    ]) {
      expect(xml).toContain(`>${h}</w:t>`);
    }
    expect(xml).toContain('ติดป้ายช่องทางร้องเรียน 6 จุด');
    expect(xml).toContain('ดำเนินการจริง: 1 ต.ค. 2566 – 31 มี.ค. 2567');
    expect(xml).toContain('ดำเนินการแล้ว');
  });
});
