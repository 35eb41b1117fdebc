/**
 * The results report as agencies lay it out (seeds 000–003; seed 001's structure): an optional cover,
 * an optional covering memo (บันทึกข้อความ), the title and preamble, the year's indicator score table,
 * then the measures table (ลำดับที่ · มาตรการ/กิจกรรมที่ดำเนินการ · ระยะเวลาดำเนินการ ·
 * สรุปผลการดำเนินการตามมาตรการ · ผลลัพธ์หรือความสำเร็จ · หมายเหตุ) in one band per issue. One model for
 * Word and print; texts in Arabic digits.
 */
import { round } from '../scoring/round';
import { STATUS_LABELS, thaiDate } from './report';
import type { ReportSource } from './report-source';

export interface ReportRow {
  no: string;
  /** Title, then its steps. */
  measure: { text: string; sub: boolean }[];
  when: string[];
  done: string[];
  outcome: string[];
  remarks: string[];
}

export interface ReportTable {
  cover: { lines: string[]; org: string } | null;
  memo: {
    heading: string;
    fields: { label: string; value: string }[];
    body: string;
    closing: string;
    signer: string[];
  } | null;
  title: string[];
  intro: string;
  scoreSentence: string | null;
  indicatorHead: string[];
  indicators: { tool: string; no: string; name: string; score: string }[];
  summaryTitle: string[];
  head: string[];
  issues: { title: string; rows: ReportRow[] }[];
  signers: { role: string; lines: string[] }[];
}

const f2 = (v: number | null): string => (v === null ? '—' : round(v, 2).toFixed(2));
const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim());
const DOTS = '........................................';

export function reportTable(src: ReportSource, lang: 'th' | 'en'): ReportTable {
  const th = lang === 'th';
  const org = src.orgName;
  const y = src.planYear;
  const titleText = th
    ? `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${org} ประจำปีงบประมาณ พ.ศ. ${y}`
    : `Report on the measures to promote integrity and transparency within ${org}, fiscal year ${y} BE`;
  const memo = src.memo;
  const or = (v: string) => (v.trim() ? v.trim() : DOTS);
  const scores = src.scores;
  let n = 0;
  return {
    cover: src.cover
      ? {
          lines: th
            ? ['รายงานผลการดำเนินการ', 'เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', `ประจำปีงบประมาณ พ.ศ. ${y}`]
            : ['Report on the measures', 'to promote integrity and transparency', `Fiscal year ${y} BE`],
          org,
        }
      : null,
    memo: memo
      ? {
          heading: th ? 'บันทึกข้อความ' : 'Memorandum',
          fields: [
            { label: th ? 'ส่วนราชการ' : 'From', value: [memo.office.trim(), org].filter(Boolean).join(' ') },
            { label: th ? 'ที่' : 'Ref.', value: or(memo.ref) },
            { label: th ? 'วันที่' : 'Date', value: memo.date ? (th ? thaiDate(memo.date) : memo.date) : DOTS },
            { label: th ? 'เรื่อง' : 'Subject', value: titleText },
            { label: th ? 'เรียน' : 'To', value: or(memo.to) },
          ],
          body: th
            ? `ตามที่${org}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${src.basedOnYear} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${y} นั้น บัดนี้ได้ดำเนินการตามมาตรการดังกล่าวแล้ว จึงขอรายงานผลการดำเนินการ รายละเอียดตามเอกสารที่แนบมาพร้อมนี้`
            : `${org} analysed its ${src.basedOnYear} BE ITA results and set measures to promote integrity and transparency for ${y} BE. The measures have been carried out; their results are reported in the attached document.`,
          closing: th ? 'จึงเรียนมาเพื่อโปรดทราบ' : 'For your information.',
          signer: [`(${or(memo.signer)})`, or(memo.signerPosition)],
        }
      : null,
    title: th
      ? [`รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ของ${org}`, `ประจำปีงบประมาณ พ.ศ. ${y}`]
      : [`Report on the measures to promote integrity and transparency, ${org}`, `Fiscal year ${y} BE`],
    intro: th
      ? `ตามที่${org}ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${src.basedOnYear} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${y} โดยมุ่งให้ผลการประเมินผ่านเกณฑ์ 85 คะแนนตามค่าเป้าหมายของแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ บัดนี้ขอรายงานผลการดำเนินการตามมาตรการดังกล่าว ดังนี้`
      : `${org} analysed its ${src.basedOnYear} BE ITA results and set measures for ${y} BE, aiming at the 85-point pass mark of the national anti-corruption master plan. This reports what was done.`,
    scoreSentence:
      !scores || scores.indicators.every((i) => i.score === null)
        ? null
        : scores.overall === null
          ? th
            ? `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${scores.year} ของ${org} ยังคำนวณคะแนนภาพรวมไม่ได้เพราะข้อมูลไม่ครบทุกตัวชี้วัด คะแนนรายตัวชี้วัดที่มี ดังนี้ (— คือไม่มีข้อมูล)`
            : `The ${scores.year} BE ITA overall of ${org} cannot be computed: the data do not hold every indicator. The indicator scores they hold (— where none):`
          : th
            ? `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${scores.year} ของ${org} ได้คะแนน ${f2(scores.overall)} คะแนน${scores.ratingTh ? ` ระดับผลการประเมิน ${scores.ratingTh}` : ''} โดยมีคะแนนรายตัวชี้วัด ดังนี้`
            : `${org} scored ${f2(scores.overall)} in the ${scores.year} BE ITA${scores.ratingEn ? ` (${scores.ratingEn})` : ''}; its indicator scores were:`,
    indicatorHead: th ? ['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน'] : ['Tool', 'No.', 'Indicator', 'Score'],
    indicators: (scores?.indicators ?? []).map((i, k, all) => ({
      tool: k > 0 && all[k - 1]?.tool === i.tool ? '' : i.tool,
      no: String(i.id),
      name: th ? i.nameTh : i.nameEn,
      score: f2(i.score),
    })),
    summaryTitle: th
      ? [
          'สรุปรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
          `ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ${org} ประจำปี พ.ศ. ${y}`,
        ]
      : [`Summary of the measures carried out, ${org}, ${y} BE`],
    head: th
      ? [
          'ลำดับที่',
          'มาตรการ/กิจกรรมที่ดำเนินการ',
          'ระยะเวลาดำเนินการ',
          'สรุปผลการดำเนินการตามมาตรการ',
          'ผลลัพธ์หรือความสำเร็จ',
          'หมายเหตุ',
        ]
      : ['No.', 'Measure / activity', 'When', 'What was done', 'Outcome or success', 'Remarks'],
    issues: src.issues.map((issue, i) => ({
      title: `${i + 1}. ${issue.title}`,
      rows: issue.entries.map((e): ReportRow => {
        n++;
        const r = e.result;
        const actual =
          r.startDate || r.endDate
            ? th
              ? `${thaiDate(r.startDate) || '…'} – ${thaiDate(r.endDate) || '…'}`
              : `${r.startDate ?? '…'} – ${r.endDate ?? '…'}`
            : null;
        return {
          no: String(n),
          measure: [
            { text: e.title, sub: false },
            ...e.steps.map((s, j) => ({ text: `${j + 1}. ${s}`, sub: true })),
          ],
          when: [
            th ? `ตามแผน ${e.planned}` : `Planned: ${e.planned}`,
            ...(actual ? [th ? `ดำเนินการ ${actual}` : `Done: ${actual}`] : []),
          ],
          done: lines(r.doneTh),
          outcome: lines(r.outcomeTh),
          remarks: [
            th ? STATUS_LABELS[r.status].th : STATUS_LABELS[r.status].en,
            ...lines(r.noteTh),
            ...(e.unit ? [`${th ? 'ผู้รับผิดชอบ' : 'By'} ${e.unit}`] : []),
          ],
        };
      }),
    })),
    signers: (th ? ['ผู้รายงาน', 'ผู้อนุมัติ'] : ['Reported by', 'Approved by']).map((role) => ({
      role,
      lines: th
        ? [`(ลงชื่อ) ${DOTS}`, `(${DOTS})`, `ตำแหน่ง ${DOTS}`, `วันที่ ${DOTS}`, role]
        : [`Signed ${DOTS}`, `(${DOTS})`, `Position ${DOTS}`, `Date ${DOTS}`, role],
    })),
  };
}
