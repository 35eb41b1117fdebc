import { STATUS_LABELS, resultOf, thaiDate } from '../../../../analysis/plans/report';
import { timeframeText } from '../../../../analysis/plans/timeframe';
import type { Plan, ResultsReport } from '../../../../analysis/plans/types';
import { toThaiDigits } from '../../../../analysis/text/thai-digits';

export interface ReportLayoutOptions {
  lang: 'th' | 'en';
  thaiDigits: boolean;
  timeframes: 'quarters' | 'months';
}

/**
 * The plan with every empty text of the export language filled from the other one (a measure written in
 * Thai only still has a title in an English report) and empty steps dropped.
 */
export function fillTexts(plan: Plan, lang: 'th' | 'en'): Plan {
  const or = (a: string, b: string) => (a.trim() ? a : b);
  const steps = (a: readonly string[], b: readonly string[]) => {
    const x = a.filter((s) => s.trim());
    return x.length ? x : b.filter((s) => s.trim());
  };
  const th = lang === 'th';
  return {
    ...plan,
    issues: plan.issues.map((i) => ({
      ...i,
      titleTh: or(i.titleTh, i.titleEn),
      titleEn: or(i.titleEn, i.titleTh),
      measures: i.measures.map((m) => ({
        ...m,
        titleTh: or(m.titleTh, m.titleEn),
        titleEn: or(m.titleEn, m.titleTh),
        stepsTh: th ? steps(m.stepsTh, m.stepsEn) : m.stepsTh,
        stepsEn: th ? m.stepsEn : steps(m.stepsEn, m.stepsTh),
        unitTh: or(m.unitTh, m.unitEn),
        unitEn: or(m.unitEn, m.unitTh),
      })),
    })),
  };
}

export interface ReportLayoutMeasure {
  id: string;
  no: string;
  /** Title then its numbered steps. */
  measure: string[];
  when: string[];
  done: string[];
  outcome: string[];
  remarks: string[];
}

export interface ReportLayout {
  title: string;
  subtitle: string;
  intro: string;
  issues: { id: string; title: string; measures: ReportLayoutMeasure[] }[];
}

const lines = (s: string) => (s.trim() ? s.split('\n') : []);

/**
 * The results report as it prints, with the texts and columns of the Word export
 * (analysis/plans/report-docx.ts): ลำดับที่ · มาตรการ/กิจกรรมที่ดำเนินการ · ระยะเวลาดำเนินการ ·
 * สรุปผลการดำเนินการตามมาตรการ · ผลลัพธ์หรือความสำเร็จ · หมายเหตุ, one band per issue.
 */
export function reportLayout(
  source: Plan,
  report: ResultsReport | null,
  o: ReportLayoutOptions,
): ReportLayout {
  const plan = fillTexts(source, o.lang);
  const th = o.lang === 'th';
  const d = (s: string) => (o.thaiDigits ? toThaiDigits(s) : s);
  const title = th
    ? `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${plan.orgName}`
    : `Report on the measures to promote integrity and transparency, ${plan.orgName}`;
  const subtitle = th ? `ประจำปีงบประมาณ พ.ศ. ${plan.planYear}` : `Fiscal year ${plan.planYear} BE`;
  const intro = th
    ? `ตามที่${plan.orgName}ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${plan.basedOnYear} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสสำหรับปีงบประมาณ พ.ศ. ${plan.planYear} นั้น บัดนี้ขอรายงานผลการดำเนินการตามมาตรการดังกล่าว ดังนี้`
    : `${plan.orgName} analysed its ${plan.basedOnYear} ITA results and set measures for ${plan.planYear}; this reports what was done.`;
  let n = 0;
  const issues = plan.issues.map((issue, i) => ({
    id: issue.id,
    title: d(`${i + 1}. ${th ? issue.titleTh : issue.titleEn}`),
    measures: issue.measures.map((m): ReportLayoutMeasure => {
      n++;
      const r = resultOf(report, m.id);
      const planned = timeframeText(m.timeframe, plan.planYear, o.lang, o.timeframes);
      const dates = r.startDate || r.endDate ? [`${thaiDate(r.startDate)} – ${thaiDate(r.endDate)}`] : [];
      return {
        id: m.id,
        no: d(String(n)),
        measure: [
          th ? m.titleTh : m.titleEn,
          ...(th ? m.stepsTh : m.stepsEn).map((s, j) => `${j + 1}. ${s}`),
        ].map(d),
        when: [planned, ...dates].map(d),
        done: lines(r.doneTh).map(d),
        outcome: lines(r.outcomeTh).map(d),
        remarks: [
          th ? STATUS_LABELS[r.status].th : STATUS_LABELS[r.status].en,
          ...lines(r.noteTh),
          `${th ? 'ผู้รับผิดชอบ' : 'By'}: ${th ? m.unitTh : m.unitEn}`,
        ].map(d),
      };
    }),
  }));
  return { title: d(title), subtitle: d(subtitle), intro: d(intro), issues };
}
