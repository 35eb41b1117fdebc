/**
 * PDFs printed by Chromium from Thai tables (test/fixtures/documents/*.pdf, made by
 * scripts/make-pdf-fixtures.ts), read through PDF.js's legacy build in Node 20 as the CLI and the app's
 * worker read them: text runs → lines and columns → the document reader → ingest.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../analysis/ingest/pdf/read-pdf';
import { readDocumentBytes } from '../../../analysis/ingest/text/read-bytes';
import { loadPdfjs } from '../../../analysis/ingest/pdf/load-pdfjs';
import { analyseReading, SATENG_INDICATOR_SCORES, scoresOf, valuesOf } from '../text/document-fixtures';
import { readPdfFixture } from './pdf-fixtures';

describe('a results report: indicator table with merged tool cells, wrapped names and subtotal rows', async () => {
  const r = await readPdfFixture('results-satengnok-2567.pdf');

  it('reads every row with page and line, names joined across their wrapped lines', () => {
    expect(scoresOf(r, 'indicator')).toEqual(SATENG_INDICATOR_SCORES);
    expect(valuesOf(r, '4')[0]?.text).toBe('การใช้ทรัพย์สินของราชการ');
    expect(valuesOf(r, '1')[0]?.at).toEqual({ page: 1, line: 6 });
    // Tools printed once, centred in their merged cells, reach every row of their block.
    expect(r.values.filter((v) => v.kind === 'indicator').map((v) => v.tool)).toEqual([
      ...['IIT', 'IIT', 'IIT', 'IIT', 'IIT'],
      ...['EIT', 'EIT', 'EIT'],
      ...['OIT', 'OIT'],
    ]);
  });

  it('reads the subtotal rows as published tool totals and the overall, in the table and in the sentence', () => {
    expect(r.values.filter((v) => v.kind === 'tool-total').map((v) => [v.code, v.score])).toEqual([
      ['IIT', '๙๒.๕๓'],
      ['EIT', '๘๙.๗๖'],
      ['OIT', '๙๕.๐๐'],
    ]);
    expect(valuesOf(r, 'overall').map((v) => v.score)).toEqual(['๙๒.๖๙', '๙๒.๖๙']);
    expect(r.orgs[0]?.value).toBe('เทศบาลเมืองสะเตงนอก');
    expect(r.years[0]?.value).toBe(2567);
  });

  it('gives 92.69 and ผ่านดี, every published total agreeing with the computed one', () => {
    const { analyses, problems } = analyseReading(r);
    const a = analyses[0]!.assessment;
    expect(a.officialOverall).toBe(92.69);
    expect(a.overall).toBeCloseTo(92.69, 2);
    expect(a.rating?.labelTh).toBe('ผ่านดี');
    expect(a.publishedTools).toEqual({ IIT: 92.53, EIT: 89.76, OIT: 95 });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.kind)).not.toContain('tool-mismatch');
    expect(a.warnings.map((w) => w.kind)).toEqual([]);
  });
});

describe('a measures plan: questions wrapping over lines, the score on the line after "คะแนน", findings beside', async () => {
  const r = await readPdfFixture('plan-huai-chorakhe-2566.pdf');

  it('reads each question with its score and, where the plan gives one, its finding’s share', () => {
    expect(scoresOf(r, 'question')).toEqual({
      E1: [74.62, 4.26],
      E2: [78.94, 6.38],
      E6: [73.91, null],
      E7: [73.19, null],
      E10: [66, 34.04],
      I9: [93.94, 6.06],
      I16: [96.97, 3.03],
      E15: [76.77, 2.13],
    });
  });

  it('keeps the line of the code and the line of the score when they differ', () => {
    const [e10] = valuesOf(r, 'E10');
    expect(e10?.from?.page).toBe(1);
    expect((e10?.at.line ?? 0) - (e10?.from?.line ?? 0)).toBe(3);
    expect(e10?.text).toMatch(/^หน่วยงานมีช่องทาง.*หรือไม่$/);
  });

  it('leaves the finding about two questions (… รวมถึง …) for the user, with both candidates', () => {
    const f = r.unplaced.filter((u) => u.kind === 'finding');
    expect(f.map((u) => [u.share, [...u.candidates].sort()])).toEqual([['๔.๒๖', ['E6', 'E7']]]);
  });

  it('proposes the year of the results analysed (2566) before the plan’s own (2567)', () => {
    expect(r.years.map((y) => y.value)).toEqual([2566, 2567]);
    expect(r.orgs[0]?.value).toBe('องค์การบริหารส่วนตำบลห้วยจรเข้');
  });
});

describe('a checklist: OIT verdicts and question scores in cells of their own, centred in their rows', async () => {
  const r = await readPdfFixture('checklist-example-2567.pdf');

  it('reads มี/ไม่มี and ผ่าน/ไม่ผ่าน as each item’s verdict', () => {
    expect(r.values.filter((v) => v.kind === 'item').map((v) => [v.code, v.score])).toEqual([
      ['O1', 'มี'],
      ['O2', 'มี'],
      ['O3', 'ไม่มี'],
      ['O4', 'มี'],
      ['O5', 'ผ่าน'],
      ['O6', 'ไม่ผ่าน'],
    ]);
    expect(valuesOf(r, 'O5')[0]?.text).toMatch(/^ข่าวประชาสัมพันธ์.*เว็บไซต์/);
  });

  it('reads a score printed in its own column beside a wording on the lines around it', () => {
    expect(scoresOf(r, 'question')).toEqual({ E1: [88.12, null], E2: [90.4, null] });
    expect(valuesOf(r, 'E1')[0]?.text).toMatch(/^หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน/);
  });

  it('scores the verdicts 100 and 0 through ingest', () => {
    const { analyses } = analyseReading(r);
    const codes = analyses[0]!.assessment.codes;
    expect(codes.filter((c) => c.tool === 'OIT').map((c) => [c.code, c.score])).toEqual([
      ['O1', 100],
      ['O2', 100],
      ['O3', 0],
      ['O4', 100],
      ['O5', 100],
      ['O6', 0],
    ]);
  });
});

/** A valid one-page PDF with no text at all (what a scan without a text layer reads as). */
function emptyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('PDFs that cannot be read say why', () => {
  it('a PDF without text (a scan) asks for the CSV template or a PDF with text', async () => {
    const r = await readDocumentBytes('scan.pdf', emptyPdf(), loadPdfjs);
    expect(r.values).toEqual([]);
    expect(r.failure?.en).toMatch(/No text was found in this PDF/);
  });

  it('a damaged PDF is a failure with what to do, never an exception', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> broken');
    const text = await readPdfText(bytes, await loadPdfjs());
    expect(text.ok).toBe(false);
    const r = await readDocumentBytes('broken.pdf', bytes, loadPdfjs);
    expect(r.failure?.th).toMatch(/อ่านไฟล์ PDF นี้ไม่ได้/);
  });

  it('leaves the caller’s bytes whole (PDF.js takes the buffer it is given)', async () => {
    const bytes = emptyPdf();
    const copy = bytes.slice();
    await readPdfText(bytes, await loadPdfjs());
    expect(bytes).toEqual(copy);
  });
});
