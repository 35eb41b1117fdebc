import type { Lang } from '../text/lang';
import { TOOL_IDS } from '../frameworks/types';
import { round } from '../scoring/round';
import { joinList, points, withDigits, yearList, yearText, type DigitStyle } from './format';
import { latestScored, passStreak } from './streak';
import type { AgencyTrend, TrendYear } from './types';

/** What a sentence of the summary is about (the UI may style or test them one by one). */
export type SentenceKind =
  'none' | 'latest' | 'change' | 'pass' | 'indicators' | 'tools' | 'rank' | 'gaps' | 'rules';

export interface TrendSentence {
  kind: SentenceKind;
  text: string;
}

/** Indicators listed by name before the rest are only counted. */
const MAX_LISTED = 4;

interface Ctx {
  lang: Lang;
  digits: DigitStyle;
  th: boolean;
  /** Points at 2 decimals, no sign. */
  n: (v: number) => string;
  /** A year or a count. */
  y: (v: number) => string;
  /** A mark such as the pass threshold, without trailing zeros: 85. */
  m: (v: number) => string;
}

function latestSentence(c: Ctx, row: TrendYear, isLast: boolean): string {
  const label = row.rating ? (c.th ? row.rating.labelTh : row.rating.labelEn) : null;
  const published = row.source === 'published';
  if (c.th) {
    const which = isLast ? '' : ' (ปีล่าสุดที่มีข้อมูล)';
    const src = published ? ' ตามที่ประกาศ' : '';
    const rated = label ? ` ระดับผล ${label}` : ' ยังระบุระดับผลไม่ได้เพราะข้อมูลไม่ครบ';
    return `ปีงบประมาณ ${c.y(row.year)}${which} ได้ ${c.n(row.overall as number)} คะแนน${src}${rated}`;
  }
  const which = isLast ? '' : ' (the latest year with data)';
  const src = published ? ' (published)' : '';
  const rated = label ? `, rated ${label}` : '; the rating cannot be told from incomplete data';
  return `Fiscal year ${c.y(row.year)}${which}: ${c.n(row.overall as number)} points${src}${rated}.`;
}

function changeSentence(c: Ctx, row: TrendYear, prev: TrendYear | undefined): string {
  if (row.change === null || row.changeFrom === null || !prev || prev.overall === null)
    return c.th ? 'ไม่มีคะแนนปีก่อนหน้าให้เปรียบเทียบ' : 'No earlier score to compare with.';
  const d = row.change;
  const adjacent = row.changeFrom === row.year - 1;
  const was = c.n(prev.overall);
  if (c.th) {
    const from = adjacent
      ? `ปีก่อน (ปี ${c.y(prev.year)}: ${was})`
      : `ปี ${c.y(prev.year)} (${was}) ซึ่งเป็นปีก่อนหน้าที่มีข้อมูล`;
    if (d === 0) return `คะแนนเท่ากับ${from}`;
    return `คะแนน${d > 0 ? 'เพิ่มขึ้น' : 'ลดลง'} ${c.n(d)} คะแนนจาก${from}`;
  }
  const from = adjacent
    ? `the year before (${c.y(prev.year)}: ${was})`
    : `${c.y(prev.year)} (${was}), the last earlier year with data`;
  if (d === 0) return `Unchanged from ${from}.`;
  return `${d > 0 ? 'Up' : 'Down'} ${c.n(d)} points from ${from}.`;
}

function passSentence(c: Ctx, years: readonly TrendYear[], i: number): string {
  const row = years[i] as TrendYear;
  const mark = c.m(row.threshold);
  if (row.pass === false) {
    const short = c.n(round(row.threshold - round(row.overall as number, 2), 2));
    return c.th
      ? `ยังไม่ผ่านเกณฑ์ ${mark} ขาดอีก ${short} คะแนน`
      : `Below the pass mark of ${mark} by ${short} points.`;
  }
  const streak = passStreak(years, i);
  const before = years[i - 1];
  if (streak >= 2)
    return c.th
      ? `ผ่านเกณฑ์ ${mark} เป็นปีที่ ${c.y(streak)} ติดต่อกัน`
      : `Passed the ${mark} mark ${c.y(streak)} years in a row.`;
  if (before?.pass === false)
    return c.th ? `ผ่านเกณฑ์ ${mark} (ปีก่อนยังไม่ผ่าน)` : `Passed the ${mark} mark (the year before did not).`;
  return c.th ? `ผ่านเกณฑ์ ${mark}` : `Passed the ${mark} mark.`;
}

function indicatorSentence(c: Ctx, t: AgencyTrend, row: TrendYear): string {
  const name = (id: number) => {
    const def = t.indicatorDefs.find((d) => d.id === id);
    return def ? (c.th ? def.nameTh : def.nameEn) : String(id);
  };
  const known = row.indicators.flatMap((v, k) => (v === null ? [] : [{ id: k + 1, v }]));
  const missing = row.indicators.flatMap((v, k) => (v === null ? [k + 1] : []));
  if (known.length === 0) return c.th ? 'ไม่มีคะแนนรายตัวชี้วัดของปีนี้' : 'No indicator scores for this year.';
  const mark = c.m(row.threshold);
  const weak = known.filter((k) => round(k.v, 2) < row.threshold).sort((a, b) => a.v - b.v || a.id - b.id);
  const listed = weak.slice(0, MAX_LISTED).map((k) => `${name(k.id)} (${c.n(k.v)})`);
  const more = weak.length - listed.length;
  const gap = missing.length
    ? c.th
      ? ` (ไม่มีคะแนนตัวชี้วัดที่ ${missing.map((m) => c.y(m)).join(', ')})`
      : ` (no score for indicator ${missing.map((m) => c.y(m)).join(', ')})`
    : '';
  if (c.th) {
    if (weak.length === 0) return `ทุกตัวชี้วัดที่มีคะแนนได้ ${mark} ขึ้นไป${gap}`;
    const tail = more > 0 ? ` และอีก ${c.y(more)} ตัวชี้วัด` : '';
    return `ตัวชี้วัดที่ยังต่ำกว่า ${mark} คือ ${more > 0 ? listed.join(', ') : joinList(listed, 'th')}${tail}${gap}`;
  }
  if (weak.length === 0) return `Every indicator with a score is at ${mark} or above${gap}.`;
  const tail = more > 0 ? ` and ${c.y(more)} more` : '';
  return `Indicators still below ${mark}: ${more > 0 ? listed.join(', ') : joinList(listed, 'en')}${tail}${gap}.`;
}

function toolSentence(c: Ctx, row: TrendYear): string | null {
  const weak = TOOL_IDS.flatMap((id, k) => {
    const v = row.tools[k];
    return v !== null && v !== undefined && round(v, 2) < row.threshold ? [`${id} (${c.n(v)})`] : [];
  });
  if (weak.length === 0) return null;
  const mark = c.m(row.threshold);
  // Under the pass-based rules a tool below 85 keeps a passing agency at "ผ่าน" (not "ผ่านดี").
  const why = row.scheme === 'pass' && row.pass === true;
  if (c.th)
    return `เครื่องมือที่ต่ำกว่า ${mark} คือ ${joinList(weak, 'th')}${why ? ` ระดับผ่านดีขึ้นไปต้องได้ทุกเครื่องมือ ${mark} ขึ้นไป` : ''}`;
  return `Tools below ${mark}: ${joinList(weak, 'en')}${why ? `; Good pass and above need every tool at ${mark} or more` : ''}.`;
}

function rankSentence(c: Ctx, t: AgencyTrend, row: TrendYear, prev: TrendYear | undefined): string | null {
  if (!row.peer || row.peer.size < 2 || !t.peers) return null;
  const { type, province } = t.peers;
  const was = prev?.peer && prev.year === row.changeFrom ? prev.peer : null;
  if (c.th) {
    const where = province.startsWith('กรุงเทพ') ? province : `จังหวัด${province}`;
    const before = was ? ` (ปี ${c.y(prev?.year as number)} อันดับที่ ${c.y(was.rank)} จาก ${c.y(was.size)})` : '';
    return `อันดับที่ ${c.y(row.peer.rank)} จาก ${c.y(row.peer.size)} หน่วยงานประเภท${type}ใน${where}${before}`;
  }
  const before = was ? ` (${c.y(prev?.year as number)}: ${c.y(was.rank)} of ${c.y(was.size)})` : '';
  return `Ranked ${c.y(row.peer.rank)} of ${c.y(row.peer.size)} agencies of type ${type} in ${province}${before}.`;
}

function gapSentence(c: Ctx, years: readonly TrendYear[]): string | null {
  const gaps = years.filter((r) => r.overall === null).map((r) => r.year);
  if (gaps.length === 0) return null;
  const list = yearList(gaps, c.digits);
  return c.th
    ? `ไม่มีข้อมูลปี ${list} (แสดงเป็นช่องว่าง ไม่ใช่ศูนย์)`
    : `No data for ${list} (shown as gaps, not zeros).`;
}

function rulesSentence(c: Ctx, t: AgencyTrend): string | null {
  const change = t.ruleChanges.find((r) => r.rating);
  if (!change) return null;
  const toPass = change.to === 'pass';
  if (c.th)
    return toPass
      ? `ตั้งแต่ปี ${c.y(change.year)} ระดับผลใช้เกณฑ์ใหม่ (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน แทน AA–F)`
      : `ตั้งแต่ปี ${c.y(change.year)} ระดับผลใช้เกณฑ์ใหม่`;
  return toPass
    ? `From ${c.y(change.year)} ratings follow new rules (Excellent pass … Urgent improvement instead of AA–F).`
    : `From ${c.y(change.year)} ratings follow new rules.`;
}

/**
 * The executive summary of a trend: a few plain sentences generated from its numbers, in Thai or
 * English, with Thai or Arabic digits. About the latest year with data: score and rating (by that year's
 * rules), change from the year before, the pass streak, indicators and tools still below 85, the rank
 * among peers; then the years without data and the rule change. Scores are shown at 2 decimals, as
 * published.
 */
export function trendSummary(t: AgencyTrend, lang: Lang, digits: DigitStyle): TrendSentence[] {
  const c: Ctx = {
    lang,
    digits,
    th: lang === 'th',
    n: (v) => points(v, digits),
    y: (v) => yearText(v, digits),
    m: (v) => withDigits(String(round(v, 2)), digits),
  };
  const i = latestScored(t.years);
  if (i < 0)
    return [
      {
        kind: 'none',
        text: c.th ? 'ไม่มีคะแนนของหน่วยงานนี้ในข้อมูลที่เปิดอยู่' : 'This agency has no scores in the open data.',
      },
    ];
  const row = t.years[i] as TrendYear;
  const prev = t.years.find((r) => r.year === row.changeFrom);
  const out: TrendSentence[] = [
    { kind: 'latest', text: latestSentence(c, row, i === t.years.length - 1) },
    { kind: 'change', text: changeSentence(c, row, prev) },
  ];
  if (row.pass !== null) out.push({ kind: 'pass', text: passSentence(c, t.years, i) });
  out.push({ kind: 'indicators', text: indicatorSentence(c, t, row) });
  const optional: [TrendSentence['kind'], string | null][] = [
    ['tools', toolSentence(c, row)],
    ['rank', rankSentence(c, t, row, prev)],
    ['gaps', gapSentence(c, t.years)],
    ['rules', rulesSentence(c, t)],
  ];
  for (const [kind, text] of optional) if (text) out.push({ kind, text });
  return out;
}
