import { Packer, Table, TableRow, WidthType } from 'docx';
import { round } from '../scoring/round';
import { a4Landscape, cell, para, signatures, type DocOptions } from './docx-common';
import { timeframeText } from './timeframe';
import type { Plan } from './types';

/**
 * The measures plan as a Word document: A4 landscape, Sarabun, the title as Thai agencies head it, and
 * the plan table in the column layout of their plans (ประเด็น · การนำผลการวิเคราะห์ไปสู่การปฏิบัติ
 * [ข้อคำถาม ITA · ข้อค้นพบ] · ขั้นตอน/วิธีการปฏิบัติ · ระยะเวลาดำเนินการ · หน่วยงานผู้รับผิดชอบ), then signatures.
 * All text goes into text runs (never markup).
 */
export function planDocument(plan: Plan, opts: DocOptions) {
  const th = opts.lang === 'th';
  const title = th
    ? `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName}`
    : `Measures to promote integrity and transparency within ${plan.orgName}`;
  const subtitle = th ? `ประจำปีงบประมาณ พ.ศ. ${plan.planYear}` : `Fiscal year ${plan.planYear} BE`;
  const score = plan.overall === null ? null : round(plan.overall, 2).toFixed(2);
  const rating = th ? plan.ratingTh : plan.ratingEn;
  const intro = th
    ? `คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสของ${plan.orgName} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${plan.basedOnYear}${score ? ` ซึ่งได้คะแนน ${score} คะแนน${rating ? ` ระดับ${rating}` : ''}` : ''} เพื่อหาจุดที่ต้องปรับปรุง และกำหนดมาตรการเพื่อยกระดับคุณธรรมและความโปร่งใสของหน่วยงานในปีงบประมาณ พ.ศ. ${plan.planYear} ดังนี้`
    : `The ITA working group of ${plan.orgName} analysed the ${plan.basedOnYear} ITA results${score ? ` (score ${score}${rating ? `, ${rating}` : ''})` : ''} to find what needs improving, and sets the following measures for fiscal year ${plan.planYear}.`;
  const h = (t: string, o: { rowSpan?: number; columnSpan?: number; width?: number } = {}) =>
    cell([t], opts, { header: true, ...o });
  const header1 = new TableRow({
    tableHeader: true,
    children: [
      h(th ? 'ประเด็น' : 'Issue', { rowSpan: 2, width: 14 }),
      h(th ? 'การนำผลการวิเคราะห์ไปสู่การปฏิบัติ' : 'From the analysis to action', { columnSpan: 2 }),
      h(th ? 'ขั้นตอน/วิธีการปฏิบัติ' : 'Steps', { rowSpan: 2, width: 30 }),
      h(th ? 'ระยะเวลาดำเนินการ' : 'Timeframe', { rowSpan: 2, width: 10 }),
      h(th ? 'หน่วยงานผู้รับผิดชอบ' : 'Responsible unit', { rowSpan: 2, width: 12 }),
    ],
  });
  const header2 = new TableRow({
    tableHeader: true,
    children: [
      h(th ? 'ข้อคำถาม ITA' : 'ITA question', { width: 17 }),
      h(th ? 'ข้อค้นพบ' : 'Finding', { width: 17 }),
    ],
  });
  const rows = plan.issues.map((issue, i) => {
    const questions = issue.questions.map(
      (q) =>
        `${q.code} ${th ? q.textTh : q.textEn} ${th ? 'คะแนน' : 'score'} ${round(q.score, 2).toFixed(2)}`,
    );
    const findings = issue.questions.map((q) => `- ${th ? q.findingTh : q.findingEn}`);
    const steps: string[] = [];
    issue.measures.forEach((m, k) => {
      steps.push(`${k + 1}. ${th ? m.titleTh : m.titleEn}`);
      (th ? m.stepsTh : m.stepsEn).forEach((s, j) => steps.push(`   ${k + 1}.${j + 1} ${s}`));
    });
    const times = issue.measures.map(
      (m, k) =>
        `${k + 1}. ${timeframeText(m.timeframe, plan.planYear, opts.lang, opts.timeframes ?? 'quarters')}`,
    );
    const units = [
      ...new Set(issue.measures.flatMap((m) => (th ? m.unitTh : m.unitEn).split(/\s*,\s*/))),
    ].map((u) => `- ${u}`);
    if (issue.limitationsTh.trim()) units.push(th ? 'ข้อจำกัด:' : 'Constraints:', issue.limitationsTh.trim());
    return new TableRow({
      cantSplit: false,
      children: [
        cell([`(${i + 1}) ${th ? issue.titleTh : issue.titleEn}`], opts, { bold: true }),
        cell(questions, opts),
        cell(findings, opts),
        cell(steps, opts),
        cell(times, opts),
        cell(units, opts),
      ],
    });
  });
  // Column widths in twips across the 14,570 twips between the margins of an A4 landscape page.
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2185, 2477, 2477, 3825, 1857, 1749],
    rows: [header1, header2, ...rows],
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

/** The .docx bytes of a plan (the Word exporter is loaded only when used: import this module lazily). */
export async function planDocx(plan: Plan, opts: DocOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocument(plan, opts)));
}
