import { Packer, Table, TableRow, WidthType } from 'docx';
import { a4Landscape, cell, para, signatures, type DocOptions } from './docx-common';
import { STATUS_LABELS, resultOf, thaiDate } from './report';
import { timeframeText } from './timeframe';
import type { Plan, ResultsReport } from './types';

/**
 * The results report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส) as a Word document in
 * the layout of agencies' reports: per issue, each measure with ลำดับที่ · มาตรการ/กิจกรรมที่ดำเนินการ ·
 * ระยะเวลาดำเนินการ · สรุปผลการดำเนินการตามมาตรการ · ผลลัพธ์หรือความสำเร็จ · หมายเหตุ.
 */
export function reportDocument(plan: Plan, report: ResultsReport | null, opts: DocOptions) {
  const th = opts.lang === 'th';
  const title = th
    ? `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName}`
    : `Report on the measures to promote integrity and transparency, ${plan.orgName}`;
  const subtitle = th ? `ประจำปีงบประมาณ พ.ศ. ${plan.planYear}` : `Fiscal year ${plan.planYear} BE`;
  const intro = th
    ? `ตามที่${plan.orgName}ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${plan.basedOnYear} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสสำหรับปีงบประมาณ พ.ศ. ${plan.planYear} นั้น บัดนี้ขอรายงานผลการดำเนินการตามมาตรการดังกล่าว ดังนี้`
    : `${plan.orgName} analysed its ${plan.basedOnYear} ITA results and set measures for ${plan.planYear}; this reports what was done.`;
  const h = (t: string, width: number) => cell([t], opts, { header: true, width });
  const header = new TableRow({
    tableHeader: true,
    children: [
      h(th ? 'ลำดับที่' : 'No.', 6),
      h(th ? 'มาตรการ/กิจกรรมที่ดำเนินการ' : 'Measure / activity', 26),
      h(th ? 'ระยะเวลาดำเนินการ' : 'When', 13),
      h(th ? 'สรุปผลการดำเนินการตามมาตรการ' : 'What was done', 23),
      h(th ? 'ผลลัพธ์หรือความสำเร็จ' : 'Outcome', 20),
      h(th ? 'หมายเหตุ' : 'Remarks', 12),
    ],
  });
  const rows: TableRow[] = [];
  let n = 0;
  plan.issues.forEach((issue, i) => {
    rows.push(
      new TableRow({
        children: [
          cell([`${i + 1}. ${th ? issue.titleTh : issue.titleEn}`], opts, {
            bold: true,
            columnSpan: 6,
            fill: 'F2F2F2',
          }),
        ],
      }),
    );
    for (const m of issue.measures) {
      n++;
      const r = resultOf(report, m.id);
      const planned = timeframeText(m.timeframe, plan.planYear, opts.lang, opts.timeframes ?? 'months');
      const actual =
        r.startDate || r.endDate ? `${thaiDate(r.startDate) || '…'} – ${thaiDate(r.endDate) || '…'}` : null;
      const when = th
        ? [`ตามแผน: ${planned}`, ...(actual ? [`ดำเนินการจริง: ${actual}`] : [])]
        : [`Planned: ${planned}`, ...(actual ? [`Actual: ${actual}`] : [])];
      const steps = (th ? m.stepsTh : m.stepsEn).map((s, j) => `${j + 1}. ${s}`);
      rows.push(
        new TableRow({
          children: [
            cell([String(n)], opts),
            cell([th ? m.titleTh : m.titleEn, ...steps], opts),
            cell(when, opts),
            cell(r.doneTh.split('\n'), opts),
            cell(r.outcomeTh.split('\n'), opts),
            cell(
              [
                th ? STATUS_LABELS[r.status].th : STATUS_LABELS[r.status].en,
                ...(r.noteTh ? r.noteTh.split('\n') : []),
                `${th ? 'ผู้รับผิดชอบ' : 'By'}: ${th ? m.unitTh : m.unitEn}`,
              ],
              opts,
            ),
          ],
        }),
      );
    }
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [874, 3788, 1894, 3351, 2914, 1749],
    rows: [header, ...rows],
  });
  return a4Landscape(
    [
      para(title, opts, { bold: true, center: true, size: 36 }),
      para(subtitle, opts, { bold: true, center: true, size: 36 }),
      para(intro, opts, { indent: true }),
      table,
      ...signatures(opts),
    ],
    opts,
    title,
  );
}

/** The .docx bytes of a results report (load this module lazily). */
export async function reportDocx(
  plan: Plan,
  report: ResultsReport | null,
  opts: DocOptions,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(plan, report, opts)));
}
