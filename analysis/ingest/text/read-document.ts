import { BUILTIN_FRAMEWORKS, resolveFramework, type FrameworkRegistry } from '../../frameworks/registry';
import { indicatorNames } from '../indicator-names';
import { readFindings } from './findings';
import { agencyProposals, soleProposal, yearProposals } from './heading';
import { readIndicatorTables } from './indicator-table';
import { paragraphsOf } from './paragraphs';
import { readQuestionRows } from './question-rows';
import { readProseTotals } from './totals';
import type { DocText, Reading, ReadValue } from './types';
import { unreadLines } from './unread';

/**
 * Read a document (a PDF's text layer, or text copied out of one) for ITA figures: indicator tables,
 * question and item rows, findings tied to their questions, published totals, and the agency and fiscal
 * year it is about. Nothing is decided for the user: every value carries the line it came from, anything
 * data-like that was not understood is listed, and the agency and year are proposals.
 *
 * The values go on to ingest as records (reading-records.ts), where they meet the same rules as any CSV row.
 */
export function readDocument(
  doc: DocText,
  name: string,
  registry: FrameworkRegistry = BUILTIN_FRAMEWORKS,
): Reading {
  const orgs = agencyProposals(doc);
  const years = yearProposals(doc);
  const reading: Reading = {
    name,
    kind: doc.kind,
    pages: doc.pages,
    lines: doc.lines.length,
    orgs,
    years,
    values: [],
    unplaced: [],
  };
  if (doc.lines.length === 0) {
    reading.failure =
      doc.kind === 'pdf'
        ? {
            th: 'ไม่พบข้อความในไฟล์ PDF นี้ (อาจเป็นภาพสแกน) — พิมพ์คะแนนลงในแบบฟอร์ม CSV หรือใช้ไฟล์ PDF ที่มีข้อความ',
            en: 'No text was found in this PDF (it may be a scan) — type the scores into the CSV template, or use a PDF that holds text',
          }
        : {
            th: 'ไม่มีข้อความ — วางข้อความที่คัดลอกจากไฟล์ PDF',
            en: 'No text — paste the text copied out of the PDF',
          };
    return reading;
  }
  let n = 0;
  const nextId = () => `v${++n}`;
  // The wording check uses the framework of the year proposed (or the newest when none is).
  const year = soleProposal(years);
  const fw = resolveFramework(year ?? Math.max(...registry.keys()), registry)?.framework;
  const paragraphs = paragraphsOf(doc);
  const tables = readIndicatorTables(doc, indicatorNames(registry), nextId);
  const rows = readQuestionRows(doc, paragraphs, fw?.questions ?? [], nextId);
  const findings = readFindings(doc, paragraphs, rows.values, rows.spans);
  const taken = new Set([...tables.lines, ...rows.lines, ...findings.lines]);
  const totals = readProseTotals(doc, paragraphs, taken, nextId);
  for (const l of totals.lines) taken.add(l);
  reading.values = [...tables.values, ...rows.values, ...totals.values].sort(byPosition);
  reading.unplaced = [...rows.unplaced, ...findings.unplaced, ...unreadLines(doc, taken)].sort(byPosition);
  return reading;
}

function byPosition(a: Pick<ReadValue, 'at'>, b: Pick<ReadValue, 'at'>): number {
  return (a.at.page ?? 0) - (b.at.page ?? 0) || a.at.line - b.at.line;
}

export { soleProposal } from './heading';
