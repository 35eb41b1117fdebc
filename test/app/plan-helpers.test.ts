import { describe, expect, it } from 'vitest';
import { emptyResult } from '@analysis/plans/report';
import type { ResultsReport } from '@analysis/plans/types';
import { searchCatalogue } from '@/features/plan/lib/catalogue-search';
import { planLayout } from '@/features/plan/lib/plan-layout';
import { QUARTER_SPANS, timeframeOptions, timeframeValue } from '@/features/plan/lib/timeframes';
import { dateInputText, parseDateInput } from '@/features/report/lib/dates';
import { reportCsv } from '@/features/report/lib/report-csv';
import { reportLayout } from '@/features/report/lib/report-layout';
import { planPath, reportPath } from '@/shared/url/routes/plan';
import { catalogue, seedPlan } from './plan-fixture';

const plan = seedPlan();

describe('catalogue search', () => {
  it('lists the issue’s codes’ measures when nothing is typed', () => {
    const hits = searchCatalogue(catalogue, { text: '', codes: ['E10', 'E15'], year: 2566 });
    expect(hits.total).toBeGreaterThanOrEqual(4);
    expect(new Set(hits.items.map((m) => m.code))).toEqual(new Set(['E10', 'E15']));
  });

  it('finds by code (Thai digits and spaces aside) and by words, the issue’s codes first', () => {
    expect(
      searchCatalogue(catalogue, { text: 'e๑๐', codes: [], year: 2566 }).items.every((m) => m.code === 'E10'),
    ).toBe(true);
    const words = searchCatalogue(catalogue, { text: 'ร้องเรียน', codes: ['E10'], year: 2566 });
    expect(words.total).toBeGreaterThan(2);
    expect(words.items[0]?.code).toBe('E10');
    expect(words.items.some((m) => m.code !== 'E10')).toBe(true);
    expect(searchCatalogue(catalogue, { text: 'zzzzqqq', codes: [], year: 2566 }).total).toBe(0);
  });

  it('keeps to the measures of the framework year and caps the list', () => {
    const all = searchCatalogue(catalogue, { text: 'o', codes: [], year: 2566, limit: 5 });
    expect(all.items).toHaveLength(5);
    const o = searchCatalogue(catalogue, { text: 'O1', codes: [], year: 2566 });
    expect(o.items.every((m) => m.years[0] <= 2566 && 2566 <= m.years[1])).toBe(true);
  });
});

describe('timeframes', () => {
  it('offers every span of quarters, with months of the plan year', () => {
    expect(QUARTER_SPANS).toHaveLength(10);
    const opts = timeframeOptions('Q1-Q4', 2567, 'th');
    expect(opts.find((o) => o.value === 'Q1-Q4')?.label).toBe('ไตรมาส 1–4 (ต.ค. 2566 – ก.ย. 2567)');
    expect(timeframeValue('q2 - q3')).toBe('Q2-Q3');
    // A free-text timeframe stays a choice of its own.
    expect(timeframeOptions('ตลอดปี', 2567, 'th').at(-1)).toEqual({ value: 'ตลอดปี', label: 'ตลอดปี' });
  });
});

describe('plan layout (print)', () => {
  it('heads the document as agencies do and fills the seed-004 columns', () => {
    const doc = planLayout(plan, { lang: 'th', thaiDigits: true, timeframes: 'quarters' });
    expect(doc.table.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน อบต.ห้วยจรเข้');
    expect(doc.table.subtitle).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    // One row per measure; the issue's cells span its rows.
    const [row, next] = doc.rows;
    expect(row?.span).toBe(plan.issues[0]?.measures.length);
    expect(next?.span).toBe(0);
    expect(row?.issue).toBe('(๑) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    expect(row?.questions[0]?.text).toMatch(/^E๑ .* คะแนน ๗๔\.๖๒$/);
    expect(row?.findings[0]).toMatch(/^• ผู้รับบริการร้อยละ ๔\.๒๖/);
    expect(row?.steps[0]).toEqual({ text: expect.stringMatching(/^๑\. /), sub: false });
    expect(row?.steps[1]?.sub).toBe(true);
    expect(row?.time).toMatch(/^ไตรมาส/);
    expect(row?.units.length).toBeGreaterThan(0);
    expect(row?.evidence.length).toBeGreaterThan(0);
    expect(doc.table.signers.map((s) => s.role)).toEqual(['ผู้เสนอ', 'ผู้เห็นชอบ', 'ผู้อนุมัติ']);
  });
});

describe('report helpers', () => {
  it('reads dates as Thai offices write them and stores them in ISO', () => {
    expect(parseDateInput('1/10/2567')).toBe('2024-10-01');
    expect(parseDateInput('๑/๑๐/๒๕๖๗')).toBe('2024-10-01');
    expect(parseDateInput('1 ต.ค. 2567')).toBe('2024-10-01');
    expect(parseDateInput('15 มีนาคม 2568')).toBe('2025-03-15');
    expect(parseDateInput('2024-10-01')).toBe('2024-10-01');
    expect(parseDateInput('29/2/2567')).toBe('2024-02-29');
    expect(parseDateInput('29/2/2566')).toBe('invalid');
    expect(parseDateInput('31/4/2567')).toBe('invalid');
    expect(parseDateInput('tomorrow')).toBe('invalid');
    expect(parseDateInput('  ')).toBeNull();
    expect(dateInputText('2024-10-01')).toBe('1/10/2567');
    expect(dateInputText('2024-10-01', true)).toBe('๑/๑๐/๒๕๖๗');
    expect(dateInputText(null)).toBe('');
  });

  const m1 = plan.issues[0]!.measures[0]!;
  const report: ResultsReport = {
    planId: plan.id,
    results: {
      [m1.id]: {
        ...emptyResult(m1.id),
        status: 'done',
        doneTh: '=ติดป้ายช่องทางร้องเรียนแล้ว\nประชาสัมพันธ์ในที่ประชุมหมู่บ้าน',
        outcomeTh: 'ผู้รับบริการรู้จักช่องทางมากขึ้น',
        startDate: '2023-10-01',
        endDate: '2024-03-31',
        noteTh: '',
      },
    },
  };

  it('lays the report out as seed 001 does (numbered measures, BE dates, status in remarks)', () => {
    const doc = reportLayout(plan, report, { lang: 'th', thaiDigits: false, timeframes: 'months' });
    expect(doc.title[0]).toBe('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ของอบต.ห้วยจรเข้');
    expect(doc.head).toEqual([
      'ลำดับที่',
      'มาตรการ/กิจกรรมที่ดำเนินการ',
      'ระยะเวลาดำเนินการ',
      'สรุปผลการดำเนินการตามมาตรการ',
      'ผลลัพธ์หรือความสำเร็จ',
      'หมายเหตุ',
    ]);
    expect(doc.issues[0]?.title).toBe('1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    const x = doc.issues[0]!.rows[0]!;
    expect(x.no).toBe('1');
    expect(x.when).toEqual(['ตามแผน ต.ค. 2566 – มี.ค. 2567', 'ดำเนินการ 1 ต.ค. 2566 – 31 มี.ค. 2567']);
    expect(x.done).toHaveLength(2);
    expect(x.remarks[0]).toBe('ดำเนินการแล้ว');
    expect(doc.issues[0]!.rows[1]!.remarks[0]).toBe('ยังไม่ดำเนินการ');
    const thai = reportLayout(plan, report, { lang: 'th', thaiDigits: true, timeframes: 'months' });
    expect(thai.issues[0]!.rows[0]!.when[1]).toBe('ดำเนินการ ๑ ต.ค. ๒๕๖๖ – ๓๑ มี.ค. ๒๕๖๗');
  });

  it('exports CSV for Excel: a BOM, one row per measure, ISO dates, Arabic digits, formula-safe cells', () => {
    const csv = reportCsv(plan, report, { lang: 'th', thaiDigits: true, timeframes: 'months' });
    expect(csv.startsWith('\uFEFFประเด็นที่,ประเด็น,มาตรการที่,มาตรการ/กิจกรรม')).toBe(true);
    expect(csv).toContain(',2023-10-01,2024-03-31,');
    expect(csv).not.toMatch(/[๐-๙]/);
    expect(csv).toContain("'=ติดป้าย");
    const measures = plan.issues.reduce((n, i) => n + i.measures.length, 0);
    const rows = csv.trim().split(/\r\n(?=\d+,)/);
    expect(rows).toHaveLength(measures + 1);
  });
});

describe('links', () => {
  it('builds plan and report links with the agency and assessed year', () => {
    expect(planPath({ ds: 'ex-huai-chorakhe-2566', org: 'name:อบต.ห้วยจรเข้', year: 2566 })).toBe(
      `/plan?ds=ex-huai-chorakhe-2566&org=${encodeURIComponent('name:อบต.ห้วยจรเข้').replace(/%20/g, '+')}&year=2566`,
    );
    expect(reportPath()).toBe('/report');
    expect(planPath({ ds: null })).toBe('/plan');
  });
});
