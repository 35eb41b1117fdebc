import { toArabicDigits } from '../../text/thai-digits';
import { thai } from './patterns';
import type { DocLine, DocText, Proposal } from './types';

/**
 * The agency and the fiscal year a document is about, read from its heading and the sentence that names
 * the ITA results it analyses. Both are proposals: the app asks the user to confirm them, the CLI uses
 * them with a note (`--org`, `--year` override).
 */

/** Kinds of local administration whose name follows directly (`เทศบาลเมืองสะเตงนอก`). */
const LOCAL_KINDS = [
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'เทศบาลตำบล',
  'เทศบาลเมือง',
  'เทศบาลนคร',
  'อบต.',
  'อบจ.',
  'ทต.',
  'ทม.',
  'ทน.',
];

const LOCAL_RE = new RegExp(
  `(${LOCAL_KINDS.map(thai).join('|')})\\s?([\\u0e01-\\u0e4e]{2,30})(?=$|[\\s,.()/:;"'”]|${thai('อำเภอ')}|${thai('จังหวัด')}|${thai('ประจำปี')}|${thai('ปีงบประมาณ')})`,
  'g',
);

/** Other agencies, named after "ของ"/"หน่วยงาน" in a heading up to the year. */
const OTHER_RE = new RegExp(
  `(?:${thai('ของ')}|${thai('หน่วยงาน')})\\s*((?:${['กรม', 'สำนักงาน', 'มหาวิทยาลัย', 'กระทรวง', 'สถาบัน', 'โรงพยาบาล', 'สำนัก', 'การ', 'องค์การ', 'ศาล', 'กอง', 'กรุงเทพมหานคร', 'เมืองพัทยา'].map(thai).join('|')})[^\\n]{1,60}?)\\s*(?=${thai('ประจำปี')}|${thai('ปีงบประมาณ')})`,
);

/** Lines counted as the heading (title block) of a document. */
const HEADING_LINES = 12;

function lineText(l: DocLine): string {
  return l.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' ');
}

function normaliseKind(name: string): string {
  return name
    .replace(/^อบต\.\s*/, 'องค์การบริหารส่วนตำบล')
    .replace(/^อบจ\.\s*/, 'องค์การบริหารส่วนจังหวัด')
    .replace(/^ทต\.\s*/, 'เทศบาลตำบล')
    .replace(/^ทม\.\s*/, 'เทศบาลเมือง')
    .replace(/^ทน\.\s*/, 'เทศบาลนคร');
}

/** Agencies the document names, the heading's first, then by how often; the proposal is the first. */
export function agencyProposals(doc: DocText): Proposal<string>[] {
  const found = new Map<string, { count: number; first: number; line: DocLine }>();
  doc.lines.forEach((l, i) => {
    const text = lineText(l);
    const names: string[] = [];
    for (const m of text.matchAll(LOCAL_RE)) names.push(normaliseKind(`${m[1]}${m[2]}`));
    if (names.length === 0 && i < HEADING_LINES && l.cells.length === 1) {
      const m = OTHER_RE.exec(text);
      if (m?.[1]) names.push(m[1].trim());
    }
    for (const name of names) {
      const f = found.get(name);
      if (f) f.count++;
      else found.set(name, { count: 1, first: i, line: l });
    }
  });
  // A name glued to the next word (`เทศบาลเมืองสะเตงนอกจึงขอ`) is a longer spelling of one found alone.
  const names = [...found.keys()];
  for (const n of names) if (names.some((m) => m !== n && n.startsWith(m))) found.delete(n);
  return [...found]
    .sort((a, b) => {
      const ha = a[1].first < HEADING_LINES ? 0 : 1;
      const hb = b[1].first < HEADING_LINES ? 0 : 1;
      return ha - hb || b[1].count - a[1].count || a[1].first - b[1].first;
    })
    .map(([value, f]) => ({
      value,
      at: { page: f.line.page, line: f.line.line },
      text: lineText(f.line),
      why:
        f.first < HEADING_LINES
          ? { th: 'ชื่อหน่วยงานในหัวเรื่องของเอกสาร', en: "the agency named in the document's heading" }
          : { th: 'ชื่อหน่วยงานที่เอกสารกล่าวถึง', en: 'an agency the document names' },
    }));
}

/** A fiscal year as documents print it: `ปีงบประมาณ พ.ศ. ๒๕๖๗`, `ประจำปี ๒๕๖๖`. Group 1: the year. */
const FISCAL_RE = new RegExp(
  `(?:${thai('ปีงบประมาณ')}|${thai('ประจำปี')}|${thai('ปีงบ')})\\s*(?:${thai('พ.ศ.')}|${thai('พ.ศ')})?\\s*([0-9\\u0e50-\\u0e59]{4})(?![0-9\\u0e50-\\u0e59]|\\s*[-–]\\s*[0-9\\u0e50-\\u0e59])`,
  'g',
);

/** Words that say the ITA results are meant (the year after them is the year of the scores). */
const RESULTS_RE = new RegExp(
  `${thai('ผลการประเมิน')}|${thai('ผลคะแนน')}|${thai('คะแนนประเมิน')}|${thai('ผลคะแนนประเมิน')}`,
  'g',
);

/** Characters after the results words within which their year must stand. */
const RESULTS_REACH = 160;

/**
 * Fiscal years the document names: the year of the results it analyses first (a sentence such as "ผลการ
 * ประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"), then the heading's year. A plan or report of year N often
 * analyses the results of year N − 1, so the two can differ; both are offered.
 */
export function yearProposals(doc: DocText): Proposal<number>[] {
  const out: Proposal<number>[] = [];
  const add = (year: number, l: DocLine, why: Proposal<number>['why']) => {
    if (!out.some((p) => p.value === year && p.why.en === why.en))
      out.push({ value: year, at: { page: l.page, line: l.line }, text: lineText(l), why });
  };
  const results: { year: number; line: DocLine }[] = [];
  const heading: { year: number; line: DocLine }[] = [];
  doc.lines.forEach((l, i) => {
    const text = lineText(l);
    const fiscal = [...text.matchAll(FISCAL_RE)]
      .map((m) => ({ year: Number(toArabicDigits(m[1] ?? '')), at: m.index ?? 0 }))
      .filter((f) => f.year >= 2550 && f.year <= 2599);
    // The year of the results: the first fiscal year after the words that name them.
    const ofResults = new Set<number>();
    for (const r of text.matchAll(RESULTS_RE)) {
      const s = r.index ?? 0;
      const k = fiscal.findIndex((f) => f.at > s && f.at - s <= RESULTS_REACH);
      if (k >= 0) ofResults.add(k);
    }
    fiscal.forEach((f, k) => {
      if (ofResults.has(k)) results.push({ year: f.year, line: l });
      else if (i < HEADING_LINES) heading.push({ year: f.year, line: l });
    });
  });
  for (const r of results)
    add(r.year, r.line, {
      th: 'ปีของผลการประเมิน ITA ที่เอกสารนำมาวิเคราะห์',
      en: 'the year of the ITA results the document analyses',
    });
  for (const h of heading)
    add(h.year, h.line, {
      th: 'ปีงบประมาณในหัวเรื่องของเอกสาร',
      en: "the fiscal year in the document's heading",
    });
  return out;
}

/** The one proposal to use: the first, unless another of the same kind names a different value. */
export function soleProposal<T>(list: readonly Proposal<T>[]): T | null {
  const first = list[0];
  if (!first) return null;
  const rival = list.find((p) => p.value !== first.value && p.why.en === first.why.en);
  return rival ? null : first.value;
}
