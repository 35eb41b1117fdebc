import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyseAll } from '@analysis/analyse';
import { parseFrameworkJson } from '@analysis/frameworks/load-framework';
import { BUILTIN_FRAMEWORKS, withFrameworks, type FrameworkRegistry } from '@analysis/frameworks/registry';
import { buildPlan } from '@analysis/plans/build-plan';
import { planDocx } from '@analysis/plans/plan-docx';
import type { Plan } from '@analysis/plans/types';
import { scoreAll } from '@analysis/scoring/score-all';
import { sarabunFontsNode } from '../../tools/node/sarabun-fonts';
import { ingestText } from '../helpers';
import { catalogue, seed004Plan } from './fixture';

const NBSP = '\u00A0';
const WJ = '\u2060';

async function docxFiles(plan: Plan, thaiDigits = false) {
  const files = unzipSync(await planDocx(plan, { lang: 'th', thaiDigits, fonts: sarabunFontsNode() }));
  const text = (name: string) => {
    const f = files[name];
    return f ? strFromU8(f) : '';
  };
  return {
    files,
    document: text('word/document.xml'),
    footer: text('word/footer1.xml'),
    footnotes: text('word/footnotes.xml'),
  };
}

/** The rows of the document's (one) table, in order. */
const tableRows = (xml: string): string[] => xml.match(/<w:tr[ >].*?<\/w:tr>/gs) ?? [];
const paragraphs = (xml: string): string[] => xml.match(/<w:p[ >].*?<\/w:p>/gs) ?? [];

/** The text of the document's runs, in order (what a reader sees, markup stripped). */
const runText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function planOf(csv: string, registry: FrameworkRegistry = BUILTIN_FRAMEWORKS): Plan {
  const ds = ingestText(csv, { orgName: 'อบต.ทดสอบ', frameworks: registry });
  const [x] = analyseAll(ds, scoreAll(ds, registry), { catalogue });
  if (!x) throw new Error('no analysis');
  return buildPlan(x, catalogue);
}

describe('plan .docx laid out as seed 004', () => {
  it('the seven headings in order, the NACC wording, E4/I9/I16, the evidence column', async () => {
    const { document } = await docxFiles(seed004Plan());
    const text = runText(document);
    const order = [
      'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
      'การให้บริการและระบบ E-Service',
      'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
      'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
      'กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
      'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
    ].map((h) => text.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      `E10 หน่วยงานมีช่องทางที่ท่านสามารถแจ้ง ให้ข้อมูล หรือร้องเรียน ในกรณีที่พบว่า มีเจ้าหน้าที่มีการเรียกรับสินบนหรือทุจริตต่อหน้าที่หรือไม่ คะแนน${NBSP}66.00`,
    );
    expect(text).toContain(`E4 ในช่วง 1 ปีที่ผ่านมา ท่านเคยถูกเจ้าหน้าที่เรียกเก็บเงิน`);
    expect(text).toContain(
      `I9 หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์และคุ้มค่า มากน้อยเพียงใด คะแนน${NBSP}93.94`,
    );
    expect(text).toContain(
      `I16 ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำธุระส่วนตัวของผู้บังคับบัญชา มากน้อยเพียงใด คะแนน${NBSP}96.97`,
    );
    expect(text).toContain(`ร้อยละ${NBSP}6.06`);
    expect(text).toContain('หลักฐานที่เผยแพร่');
    expect(text).toContain('ภาพระบบคิวและประกาศมาตรฐานการให้บริการ');
  });

  it('one row per measure, the issue, question and finding cells merged down; header repeated', async () => {
    const plan = seed004Plan();
    const { document } = await docxFiles(plan);
    const rows = tableRows(document);
    const measures = plan.issues.reduce((n, i) => n + Math.max(1, i.measures.length), 0);
    // Two header rows, one per measure, the last measure's final step in a row of its own, the signatures.
    expect(rows.length).toBe(2 + measures + 1 + 1);
    expect(document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/g)?.length).toBe(2);
    // No heading merged down the two header rows (LibreOffice cuts such a heading short where it repeats).
    for (const r of rows.slice(0, 2)) expect(r).not.toContain('w:vMerge');
    expect(runText(rows[1] ?? '')).toContain('ระยะเวลาดำเนินการ'.slice(0, 8));
    const body = document.slice(document.lastIndexOf('<w:tblHeader'));
    const restarts = body.match(/<w:vMerge w:val="restart"\/>/g)?.length ?? 0;
    const multi = plan.issues.filter((i) => i.measures.length > 1).length;
    expect(restarts).toBe(3 * multi);
    expect(document).toContain('<w:vMerge w:val="continue"/>');
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('page numbers; "ประกาศ ณ วันที่" and the signers end the table and take its last line with them', async () => {
    const plan = seed004Plan();
    const { document, footer } = await docxFiles(plan);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    const rows = tableRows(document);
    const [head, tail, block] = rows.slice(-3);
    if (!head || !tail || !block) throw new Error('no rows');
    const lastIssue = plan.issues[plan.issues.length - 1];
    const lastMeasure = lastIssue?.measures[lastIssue.measures.length - 1];
    const lastStep = lastMeasure?.stepsTh[lastMeasure.stepsTh.length - 1] ?? '';
    expect(lastStep).not.toBe('');

    // The signatures: the table's closing row, one cell across the seven columns, no lines, never split.
    const blockText = runText(block);
    expect(blockText).toContain('ประกาศ ณ วันที่');
    for (const role of ['ผู้เสนอ', 'ผู้เห็นชอบ', 'ผู้อนุมัติ']) expect(blockText).toContain(role);
    expect(block).toContain('<w:cantSplit/>');
    expect(block).toContain('<w:gridSpan w:val="7"/>');
    expect(block).not.toMatch(/<w:(?:top|bottom|left|right) w:val="single"/);

    // The row before it holds only the last step of the last measure, is never split, every paragraph
    // kept with the next (Word and LibreOffice keep it with the signatures) and no line on top.
    expect(runText(tail)).toContain(lastStep.slice(0, 20));
    expect(runText(tail)).not.toContain(lastMeasure?.titleTh ?? '?');
    expect(tail).toContain('<w:cantSplit/>');
    expect(paragraphs(tail).length).toBe(7);
    for (const p of paragraphs(tail)) expect(p).toContain('<w:keepNext/>');
    expect(tail.match(/<w:top w:val="none"/g)?.length).toBe(7);
    expect(tail).not.toContain('w:vMerge');

    // The rest of the last measure may break across pages and reads on into the tail (no bottom line).
    expect(runText(head)).toContain(lastMeasure?.titleTh ?? '?');
    expect(runText(head)).not.toContain(lastStep.slice(0, 20));
    expect(head).not.toContain('<w:cantSplit/>');
    expect(head).not.toContain('<w:keepNext/>');
    expect(head.match(/<w:bottom w:val="none"/g)?.length).toBe(7);

    // Nothing but a one-point paragraph after the table (a document must end with a paragraph).
    const after = document.slice(document.lastIndexOf('</w:tbl>'));
    expect(runText(after)).toBe('');
    expect(after).toContain('<w:sz w:val="2"/>');
  });

  it('tags every run Thai, binds what must not split, Thai digits when asked', async () => {
    const { document } = await docxFiles(seed004Plan(), true);
    const runs = document.match(/<w:rPr>.*?<\/w:rPr>/g) ?? [];
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) expect(r).toContain('<w:lang w:val="th-TH" w:bidi="th-TH"/>');
    expect(document).toContain('w:cs="Sarabun"');
    const text = runText(document);
    expect(text).toContain(`พ.ศ.${NBSP}๒๕๖๗`);
    expect(text).toContain(`คะแนน${NBSP}๖๖.๐๐`);
    expect(text).toContain(`E${WJ}๑๐`);
    expect(text).toContain(`ไตรมาส${NBSP}๑${WJ}–${WJ}๔`);
  });

  it('strips characters XML cannot hold from user text and escapes the rest', async () => {
    const plan = seed004Plan();
    plan.orgName = 'อบต.\u0001ทดสอบ\uFFFE <img src=x> & "co"\uD800';
    const m = plan.issues[0]?.measures[0];
    if (!m) throw new Error('no measure');
    m.limitationsTh = 'งบ\u000Bน้อย';
    const { document } = await docxFiles(plan);
    const illegal = [...document].filter((ch) => {
      const c = ch.charCodeAt(0);
      return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    });
    expect(illegal).toEqual([]);
    expect(document).toContain('อบต.ทดสอบ &lt;img src=x&gt; &amp; &quot;co&quot;');
    expect(document).not.toContain('<img');
    expect(runText(document)).toContain('งบน้อย');
  });

  it('marks a summary and an unverified OIT title with a footnote; a user framework file removes the mark', async () => {
    const csv = ['org_id,year,code,score', 'A,2568,E5,70', 'A,2568,O22,0'].join('\n');
    const marked = planOf(csv);
    const qs = marked.issues.flatMap((i) => i.questions);
    expect(qs.find((q) => q.code === 'E5')?.mark).toBe('paraphrase');
    expect(qs.find((q) => q.code === 'O22')).toMatchObject({
      textTh: 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
      mark: 'unverified',
    });
    const { document, footnotes } = await docxFiles(marked);
    expect(document).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(document).toMatch(/<w:footnoteReference w:id="2"\/>/);
    expect(runText(footnotes)).toContain('ถ้อยคำโดยสรุป ไม่ใช่ถ้อยคำในแบบวัดของ ป.ป.ช.');
    expect(runText(footnotes)).toContain('ชื่อข้อยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช.');

    const file = JSON.stringify({
      year: 2568,
      basedOn: 2568,
      oitItems: { O22: { titleTh: 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', titleEn: 'Gifts report' } },
    });
    const { frameworks, problems } = parseFrameworkJson(file, 'fw.json');
    expect(problems).toEqual([]);
    const mine = planOf(csv, withFrameworks(BUILTIN_FRAMEWORKS, frameworks));
    const o22 = mine.issues.flatMap((i) => i.questions).find((q) => q.code === 'O22');
    expect(o22?.mark).toBeUndefined();
    expect(runText((await docxFiles(mine)).footnotes)).not.toContain('ชื่อข้อยังไม่ได้ยืนยัน');
  });
});
