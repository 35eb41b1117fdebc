/**
 * The plan as LibreOffice lays it out: the approval block is never alone on the last page. Runs where
 * LibreOffice and pdftotext are installed (not in CI: the structure it relies on is asserted on the XML in
 * plan-docx.test.ts either way).
 */
import { describe, expect, it } from 'vitest';
import { planDocx } from '@analysis/plans/plan-docx';
import type { Plan } from '@analysis/plans/types';
import { sarabunFontsNode } from '../../tools/node/sarabun-fonts';
import { seed004Plan } from './fixture';
import { bare, needsOffice, office, renderPages } from './render-pdf';

/** The plan as `ita plan … --out plan.docx` writes it (Thai, Thai digits, Sarabun embedded). */
async function pages(plan: Plan): Promise<string[]> {
  return renderPages(
    await planDocx(plan, { lang: 'th', thaiDigits: true, fonts: sarabunFontsNode() }),
    'plan',
  );
}

function lastStep(plan: Plan): string {
  const issue = plan.issues[plan.issues.length - 1];
  const m = issue?.measures[issue.measures.length - 1];
  const step = m?.stepsTh[m.stepsTh.length - 1];
  if (!step) throw new Error('no step');
  return step;
}

const BLOCK = ['ประกาศ ณ วันที่', '(ลงชื่อ)', 'ตำแหน่ง', 'ผู้เสนอ', 'ผู้เห็นชอบ', 'ผู้อนุมัติ'].map(bare);

/** The last page holds the approval block whole and, above it, the final step of the last measure. */
function expectBlockWithTable(all: string[], plan: Plan): void {
  const last = bare(all[all.length - 1] ?? '');
  for (const b of BLOCK) expect(last).toContain(b);
  const step = last.indexOf(bare(lastStep(plan)).slice(0, 12));
  expect(step).toBeGreaterThanOrEqual(0);
  expect(step).toBeLessThan(last.indexOf(BLOCK[0] ?? '?'));
  // The block is on the last page only.
  for (const p of all.slice(0, -1)) expect(bare(p)).not.toContain(bare('ผู้อนุมัติ'));
}

describe.skipIf(office.missing !== null)('plan rendered by LibreOffice', () => {
  it(
    needsOffice('seed 004: the last page holds the last measure’s final step as well as the approval block'),
    async () => {
      // As the first draft left it, the block stood alone on page 15 (the last row, 13 lines, moved whole).
      const plan = seed004Plan();
      const all = await pages(plan);
      expect(all.length).toBeGreaterThan(5);
      expectBlockWithTable(all, plan);
      // The header is whole on every page (a heading merged down both header rows was cut short on the
      // pages LibreOffice repeats it on: "ระยะเวลา" without "ดำเนินการ").
      for (const p of all)
        for (const h of ['ระยะเวลา', 'ดำเนินการ', 'หน่วยงาน', 'ผู้รับผิดชอบ', 'หลักฐาน', 'ที่เผยแพร่'])
          expect(bare(p)).toContain(bare(h));
    },
    240_000,
  );

  it(
    needsOffice('a short plan: the block under its last row, and the row’s first lines on the page before'),
    async () => {
      const full = seed004Plan();
      const first = full.issues[0];
      if (!first) throw new Error('no issue');
      const plan: Plan = {
        ...full,
        issues: [{ ...first, questions: first.questions.slice(0, 1), measures: first.measures.slice(0, 1) }],
      };
      const all = await pages(plan);
      expect(all).toHaveLength(2);
      expectBlockWithTable(all, plan);
      const title = plan.issues[0]?.measures[0]?.titleTh ?? '?';
      expect(bare(all[0] ?? '')).toContain(bare(title).slice(0, 12));
    },
    240_000,
  );
});
