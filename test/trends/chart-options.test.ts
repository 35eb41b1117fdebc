import { describe, expect, it } from 'vitest';
import { agencyTrend } from '@analysis/trends/agency-trend';
import type { AgencyTrend } from '@analysis/trends/types';
import { INK, type ChartContext } from '@/shared/chart/chart-context';
import { scoreAxisMin, wrapWords } from '@/features/trends/lib/chart-common';
import { heatmapOption } from '@/features/trends/lib/heatmap-option';
import { overallOption } from '@/features/trends/lib/overall-option';
import { toolsOption } from '@/features/trends/lib/tools-option';
import { contrast } from '../chart-context';
import { AGENCIES, build } from './helpers';

const { ds, sb } = build(AGENCIES);
const trend = agencyTrend(ds, sb, 'A') as AgencyTrend;
const context: ChartContext = {
  lang: 'th',
  num: (v: number) => v.toFixed(2),
  int: (v: number) => String(v),
  year: (y: number) => String(y),
  escape: (v: unknown) => String(v).replace(/</g, '&lt;'),
  ink: INK.light,
  narrow: false,
};
const marks = { rating: 'เกณฑ์ใหม่', oit: 'OIT ใหม่' };

/** Loose access into an ECharts option object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('overallOption', () => {
  const option: Any = overallOption({ trend, marks, seriesName: 'คะแนนรวม' }, context);

  it('is stable (snapshot)', () => {
    expect(option).toMatchSnapshot();
  });

  it('breaks the line at a missing year instead of drawing a zero', () => {
    const data = option.series[0].data as [number, number | null][];
    expect(data.map(([y]) => y)).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    expect(data[2]).toEqual([2564, null]);
    expect(option.series[0].connectNulls).toBe(false);
  });

  it("writes each year's rating by its own rules under the year, and marks the rule changes", () => {
    const label = option.xAxis.axisLabel.formatter as (v: number) => string;
    expect(option.xAxis.axisLabel.customValues).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    expect(label(2562)).toBe('{y|2562}\n{no|B}');
    expect(label(2564)).toBe('{y|2564}\n{r|—}');
    expect(label(2566)).toBe('{y|2566}\n{ok|ผ่านดี}\n{m|▲ เกณฑ์ใหม่}');
    expect(label(2568)).toBe('{y|2568}\n{ok|ผ่าน}\n{m|▲ OIT ใหม่}');
    const lines = option.series[0].markLine.data;
    expect(lines.map((l: Any) => l.yAxis ?? l.xAxis)).toEqual([85, 2565.5, 2567.5]);
    expect(lines[1].lineStyle.type).toBe('solid');
    expect(lines[2].lineStyle.type).toBe('dashed');
  });

  it('draws the bands of each scheme over its own years', () => {
    const areas = option.series[0].markArea.data as [Any, Any][];
    const spans = areas.map(([a, b]) => `${a.xAxis}–${b.xAxis} ${a.yAxis}–${b.yAxis} ${a.label.formatter}`);
    expect(option.yAxis.min).toBe(70);
    expect(spans).toEqual([
      '2561.5–2565.5 95–100 AA',
      '2561.5–2565.5 85–95 A',
      '2561.5–2565.5 75–85 B',
      '2561.5–2565.5 70–75 C',
      '2565.5–2568.5 95–100 ผ่านดีเยี่ยม',
      '2565.5–2568.5 85–95 ผ่านดี / ผ่าน',
      '2565.5–2568.5 70–85 ต้องปรับปรุง',
    ]);
  });

  it('escapes file text in the tooltip', () => {
    const evil = {
      ...trend,
      years: trend.years.map((y) => ({ ...y, rating: y.rating && { ...y.rating, labelTh: '<img src=x>' } })),
    };
    const o: Any = overallOption(
      { trend: evil, marks, seriesName: 'คะแนนรวม' },
      { ...context, narrow: true },
    );
    const html = o.tooltip.formatter([{ value: [2566, 90.8] }]) as string;
    expect(html).toContain('&lt;img src=x>');
    expect(html).not.toContain('<img');
  });
});

describe('toolsOption', () => {
  const option: Any = toolsOption({ trend, marks }, context);

  it('is stable (snapshot)', () => {
    expect(option).toMatchSnapshot();
  });

  it('has IIT, EIT and OIT told apart by symbol and dash too, with gaps kept', () => {
    expect(option.series.map((s: Any) => [s.name, s.symbol, s.lineStyle.type])).toEqual([
      ['IIT', 'circle', 'solid'],
      ['EIT', 'triangle', 'dashed'],
      ['OIT', 'rect', 'dotted'],
    ]);
    expect(option.series[1].data[2]).toEqual([2564, null]);
    expect(option.series[1].data[6][1]).toBeCloseTo(84.6667, 4);
  });
});

describe('heatmapOption', () => {
  const option: Any = heatmapOption({ trend }, { ...context, narrow: true });

  it('is stable (snapshot)', () => {
    expect(option).toMatchSnapshot();
  });

  it('has a cell with its value for every known indicator-year, none for the missing year', () => {
    const data = option.series[0].data as [number, number, number][];
    expect(data).toHaveLength(60);
    expect(data.some(([x]) => x === 2)).toBe(false);
    expect(data).toContainEqual([6, 7, 80]);
    expect(option.series[0].label.formatter({ value: [6, 7, 80] })).toBe('80.00');
    // Two lines of at most 12 graphemes, broken between words: nothing cut (vowels stay on their consonant).
    expect(option.yAxis.data[7]).toBe('8 การปรับปรุง\nระบบการทำงาน');
  });
});

describe('chart helpers', () => {
  it('keeps 85 in view and steps the score axis by 10', () => {
    expect(scoreAxisMin([93, 97])).toBe(80);
    expect(scoreAxisMin([62.5, null])).toBe(50);
    expect(scoreAxisMin([])).toBe(80);
  });

  it('wraps Thai labels at word boundaries from the end', () => {
    expect(wrapWords('ผ่านดีเยี่ยม', 8)).toEqual(['ผ่าน', 'ดีเยี่ยม']);
    expect(wrapWords('ต้องปรับปรุงโดยด่วน', 13)).toEqual(['ต้องปรับปรุง', 'โดยด่วน']);
    expect(wrapWords('ผ่าน', 8)).toEqual(['ผ่าน']);
  });
});

describe('chart colours in both themes', () => {
  it('has text colours that read at 4.5:1 on the light and the dark panel', () => {
    for (const [scheme, panel] of [
      ['light', '#ffffff'],
      ['dark', '#1a1d24'],
    ] as const)
      for (const [name, colour] of Object.entries(INK[scheme]))
        expect([name, contrast(colour, panel) >= 4.5]).toEqual([name, true]);
  });

  it('uses the dark ink on the axes, bands and marks when asked', () => {
    const option: Any = overallOption(
      { trend, marks, seriesName: 'คะแนนรวม' },
      { ...context, ink: INK.dark },
    );
    expect(option.yAxis.axisLabel.rich.p.color).toBe(INK.dark.pass);
    expect(option.xAxis.axisLabel.rich.r.color).toBe(INK.dark.muted);
    expect(option.series[0].markLine.data[0].lineStyle.color).toBe(INK.dark.pass);
    const text = JSON.stringify(option);
    for (const light of [INK.light.pass, INK.light.muted, INK.light.rule, INK.light.ok])
      expect(text).not.toContain(light);
  });
});

describe('heatmap indicator labels', () => {
  it('wrap onto two lines between Thai words instead of being cut', async () => {
    const { wrapLabel } = await import('../../analysis/text/graphemes');
    for (const max of [13, 20]) {
      for (const name of ['4 การใช้ทรัพย์สินของราชการ', '8 การปรับปรุงระบบการทำงาน', '1 การปฏิบัติหน้าที่']) {
        const w = wrapLabel(name, max, 2);
        expect(w.replace('\n', '')).toBe(name);
        expect(w).not.toContain('…');
        expect(w.split('\n').length).toBeLessThanOrEqual(2);
      }
    }
    expect(wrapLabel('4 การใช้ทรัพย์สินของราชการ', 13, 2).split('\n')).toEqual(['4 การใช้ทรัพย์สิน', 'ของราชการ']);
    expect(wrapLabel('การใช้ทรัพย์สินของราชการการใช้ทรัพย์สิน', 6, 2)).toContain('…');
  });
});
