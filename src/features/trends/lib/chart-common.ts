import type { AgencyTrend, TrendYear } from '@analysis/trends/types';
import { INK, type ChartContext, type ChartInk } from '@/shared/chart/chart-context';

/** Short texts written under a year on the time axis where the rules changed, in the UI language. */
export interface MarkText {
  /** The rating rules changed this year (`เกณฑ์ใหม่`). */
  rating: string;
  /** The OIT item list changed this year (`OIT ใหม่`). */
  oit: string;
}

export const PASS_MARK = 85;

/** Colours that read on light and dark backgrounds; each series also has its own symbol and dash. */
export const COLORS = {
  overall: '#2b59d9',
  IIT: '#2b59d9',
  EIT: '#c2410c',
  OIT: '#0f8a5f',
  pass: '#b42318',
  ok: '#1c7a4a',
  rule: '#6b3fa0',
  muted: '#6b7280',
} as const;

/** Text safe inside an ECharts rich-text label (`{style|text}` markup): braces and bars removed. */
export function richSafe(s: string): string {
  return s.replace(/[{}|]/g, ' ');
}

const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/**
 * Text broken into lines of about `max` characters at word boundaries (never inside a Thai cluster),
 * filled from the end so that a qualifier stays whole: `ผ่าน / ดีเยี่ยม`, not `ผ่านดี / เยี่ยม`.
 */
export function wrapWords(text: string, max: number): string[] {
  const parts = words ? [...words.segment(text)].map((s) => s.segment) : text.split(/(\s+)/);
  const lines: string[] = [];
  let line = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as string;
    if (line.trim() && (p + line).trim().length > max) {
      lines.unshift(line.trim());
      line = p;
    } else line = p + line;
  }
  if (line.trim()) lines.unshift(line.trim());
  return lines;
}

/** A rating written under its year: short lines on a phone, long names (ต้องปรับปรุงโดยด่วน) on two elsewhere. */
export function ratingLines(text: string, compact: boolean): string[] {
  return wrapWords(text, compact ? 8 : 13);
}

export interface YearAxisSettings {
  /** Write each year's rating (by its own rules) under the year. */
  ratingOf?: (row: TrendYear) => string | null;
  /** Phone width: ratings wrapped onto short lines. */
  compact: boolean;
}

/**
 * The time axis: fiscal years on a value axis from half a year before the first to half after the last,
 * so bands and rule-change lines can sit between years. Under each year: its rating when asked, and a
 * ▲ note where the rules changed that year (the axis is where the change is marked).
 */
export function yearAxis(t: AgencyTrend, f: ChartContext, marks: MarkText, s: YearAxisSettings) {
  const first = t.years[0]?.year ?? 2562;
  const last = t.years[t.years.length - 1]?.year ?? first;
  const ink = f.ink;
  const label = (v: number): string => {
    const row = t.years.find((y) => y.year === v);
    if (!row) return '';
    const lines = [`{y|${f.year(v)}}`];
    if (s.ratingOf) {
      const rating = s.ratingOf(row);
      const style = row.pass === true ? 'ok' : row.pass === false ? 'no' : 'r';
      const text = rating ? richSafe(rating) : '—';
      for (const part of ratingLines(text, s.compact)) lines.push(`{${style}|${part}}`);
    }
    const change = t.ruleChanges.find((c) => c.year === v);
    if (change) lines.push(`{m|▲ ${richSafe(change.rating ? marks.rating : marks.oit)}}`);
    return lines.join('\n');
  };
  return {
    type: 'value',
    min: first - 0.5,
    max: last + 0.5,
    interval: 1,
    axisLabel: {
      // Labels on the whole years only (the axis runs from half a year before the first).
      customValues: t.years.map((y) => y.year),
      formatter: (v: number) => label(v),
      rich: {
        y: { fontSize: 11, fontWeight: 600, lineHeight: 14 },
        r: { fontSize: 10, lineHeight: 12, color: ink.muted },
        ok: { fontSize: 10, lineHeight: 12, color: ink.ok },
        no: { fontSize: 10, lineHeight: 12, color: ink.pass },
        m: { fontSize: 10, lineHeight: 13, color: ink.rule, fontWeight: 600 },
      },
    },
    axisTick: { show: false },
    splitLine: { show: false },
  };
}

/** The lower end of a score axis: 10-point steps below the lowest value, never above 80 (85 stays in view). */
export function scoreAxisMin(values: readonly (number | null)[]): number {
  let lo: number = PASS_MARK;
  for (const v of values) if (v !== null && v < lo) lo = v;
  return Math.max(0, Math.floor((lo - 5) / 10) * 10);
}

/** The score axis up to 100, labelled every 10 points and at the pass mark 85 (in red, beside its line). */
export function scoreAxis(min: number, f: ChartContext) {
  const values: number[] = [];
  for (let v = min; v <= 100; v += 10) values.push(v);
  values.push(PASS_MARK);
  return {
    type: 'value',
    min,
    max: 100,
    interval: 10,
    axisLabel: {
      customValues: values.sort((a, b) => a - b),
      formatter: (v: number) => (v === PASS_MARK ? `{p|${f.int(v)}}` : f.int(v)),
      rich: { p: { color: f.ink.pass, fontWeight: 700 } },
    },
    splitLine: { lineStyle: { opacity: 0.35 } },
  };
}

/** Vertical lines between the years where the rules changed: solid for rating rules, dashed for OIT lists. */
export function ruleMarkData(t: AgencyTrend, ink: ChartInk = INK.light) {
  return t.ruleChanges.map((c) => ({
    xAxis: c.year - 0.5,
    lineStyle: { color: ink.rule, type: c.rating ? 'solid' : 'dashed', width: c.rating ? 2 : 1 },
    label: { show: false },
  }));
}

/** The horizontal pass line at 85 (labelled on the score axis). */
export function passMarkData(ink: ChartInk = INK.light) {
  return {
    yAxis: PASS_MARK,
    lineStyle: { color: ink.pass, type: 'dashed', width: 1.5 },
    label: { show: false },
  };
}

/** `[year, value]` pairs; a missing value stays null so the line breaks (a gap, never a zero). */
export function seriesData(t: AgencyTrend, value: (i: number) => number | null): [number, number | null][] {
  return t.years.map((y, i) => [y.year, value(i)]);
}

/**
 * The tooltip of a year on a trend chart: the year in bold, then the lines `body` writes for that year's
 * row (already escaped, as `body` builds them with `f.escape`).
 */
export function yearTooltip(t: AgencyTrend, f: ChartContext, body: (row: TrendYear) => string[]) {
  return {
    trigger: 'axis',
    formatter: (params: { value: [number, number | null] }[]) => {
      const year = params[0]?.value[0];
      const row = t.years.find((y) => y.year === year);
      if (!row) return '';
      return [`<strong>${f.escape(f.year(row.year))}</strong>`, ...body(row)].join('<br>');
    },
  };
}
