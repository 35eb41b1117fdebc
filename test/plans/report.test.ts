import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '@analysis/plans/build-plan';
import { reportProgress, thaiDate } from '@analysis/plans/report';
import { readResultsCsv, reportCsvText } from '@analysis/plans/report-csv';
import { reportDocx } from '@analysis/plans/report-docx';
import { reportScores, reportSourceOf } from '@analysis/plans/report-source';
import type { ResultsReport } from '@analysis/plans/types';
import { analyseText, indicatorCsv, SEED001 } from '../helpers';
import { catalogue, seed004Plan } from './fixture';

const runText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Seed 001's agency: the plan drafted from its 2567 indicators, reported with the same year's table. */
function satengnok() {
  const [x] = analyseText(indicatorCsv(SEED001, 2567, 'เทศบาลเมืองสะเตงนอก'));
  if (!x) throw new Error('no analysis');
  const plan = buildPlan(x, catalogue, { planYear: 2567 });
  const first = plan.issues[0]?.measures[0];
  if (!first) throw new Error('no measure');
  const report: ResultsReport = {
    planId: plan.id,
    cover: true,
    memo: {
      office: 'สำนักปลัดเทศบาล',
      ref: 'ยล 52901/1120',
      date: '2024-10-01',
      to: 'นายกเทศมนตรีเมืองสะเตงนอก',
      signer: 'นางสาวทดสอบ ใจดี',
      signerPosition: 'หัวหน้าสำนักปลัดเทศบาล',
    },
    results: {
      [first.id]: {
        measureId: first.id,
        status: 'done',
        doneTh: 'จัดทำคู่มือ 35 ฉบับ',
        outcomeTh: 'บุคลากร 191 คนรับทราบ',
        startDate: '2023-10-01',
        endDate: '2024-03-31',
        noteTh: '',
      },
    },
  };
  return { plan, report, scores: reportScores(x.assessment) };
}

describe('results report (seed 001 structure)', () => {
  it('cover, memo, title, the year’s indicator table, then the measures table in heading bands', async () => {
    const { plan, report, scores } = satengnok();
    const files = unzipSync(await reportDocx(plan, report, { lang: 'th' }, scores));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const text = runText(xml);
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at('เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
      at('บันทึกข้อความ'),
      at('ส่วนราชการ  สำนักปลัดเทศบาล เทศบาลเมืองสะเตงนอก'),
      at('เรียน  นายกเทศมนตรีเมืองสะเตงนอก'),
      at('จึงเรียนมาเพื่อโปรดทราบ'),
      at('(นางสาวทดสอบ ใจดี)'),
      at('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลเมืองสะเตงนอก'),
      at('ได้คะแนน\u00A092.69\u00A0คะแนน ระดับผลการประเมิน ผ่านดี'),
      at('รายละเอียดตัวชี้วัด'),
      at('การใช้ทรัพย์สินของราชการ81.04'),
      at('สรุปรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
      at('ลำดับที่มาตรการ/กิจกรรมที่ดำเนินการระยะเวลาดำเนินการสรุปผลการดำเนินการตามมาตรการผลลัพธ์หรือความสำเร็จหมายเหตุ'),
      at('1. การให้บริการและระบบ E-Service'),
      at('จัดทำคู่มือ 35 ฉบับ'),
      at('ผู้รายงาน'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('วันที่  1\u00A0ต.ค.\u00A02567');
    expect(text).toContain('ดำเนินการ 1\u00A0ต.ค.\u00A02566\u00A0–\u00A031\u00A0มี.ค.\u00A02567');
    expect(text).toContain('ดำเนินการแล้ว');
    // Cover and memo are portrait pages before the landscape report; three sections in all.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(3);
    expect(xml).toContain('w:orient="landscape"');
  });

  it('progress at a glance; dates in the Buddhist Era', () => {
    const { plan, report } = satengnok();
    const p = reportProgress(plan, report);
    expect(p.byStatus.done).toBe(1);
    expect(p.donePct).toBeCloseTo(100 / p.total, 6);
    expect(thaiDate('2023-10-01')).toBe('1 ต.ค. 2566');
  });

  it('CSV for Excel round-trips through `ita report --results`; bad rows are named and skipped', () => {
    const plan = seed004Plan();
    const first = plan.issues[0]?.measures[0];
    if (!first) throw new Error('no measure');
    const report: ResultsReport = {
      planId: plan.id,
      results: {
        [first.id]: {
          measureId: first.id,
          status: 'in-progress',
          doneTh: '- ติดป้ายแล้ว 3 จุด',
          outcomeTh: '',
          startDate: '2023-10-01',
          endDate: null,
          noteTh: '=1+1',
        },
      },
    };
    const src = reportSourceOf(plan, report, { lang: 'th', timeframes: 'months' });
    const csv = reportCsvText(src, 'th');
    expect(csv).not.toMatch(/[๐-๙]/);
    expect(csv).toContain(',2023-10-01,');
    expect(csv).toContain(`'- ติดป้ายแล้ว`);
    expect(csv).toContain(`'=1+1`);
    const back = readResultsCsv(csv, 'results.csv');
    expect(back.problems).toEqual([]);
    expect(back.issues.map((i) => i.title)).toEqual(src.issues.map((i) => i.title));
    const e = back.issues[0]?.entries[0];
    expect(e?.title).toBe(first.titleTh);
    expect(e?.steps).toEqual(first.stepsTh);
    expect(e?.result).toMatchObject({
      status: 'in-progress',
      startDate: '2023-10-01',
      endDate: null,
      doneTh: '- ติดป้ายแล้ว 3 จุด',
      noteTh: '=1+1',
    });
    const broken = csv.replace('อยู่ระหว่างดำเนินการ', 'เสร็จบางส่วน').replace(',2023-10-01,', ',ต้นปี,');
    const bad = readResultsCsv(broken, 'results.csv');
    expect(bad.problems.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'สถานะ', 'เสร็จบางส่วน']]);
    expect(bad.issues.flatMap((i) => i.entries)).toHaveLength(
      src.issues.flatMap((i) => i.entries).length - 1,
    );
  });
});
