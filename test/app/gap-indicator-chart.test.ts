import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import {
  BAR_COLOURS,
  indicatorChartOption,
  type IndicatorBar,
  type IndicatorChartData,
} from '@/features/gap/lib/indicator-chart-option';
import { ratingBands } from '@analysis/frameworks/rating-bands';
import { shortLabel } from '@analysis/text/graphemes';
import { INK } from '@/shared/chart/chart-context';
import { CHART_CONTEXT, contrast, PHONE_CONTEXT } from '../chart-context';
import { SEED001 } from '../helpers';

const fw = BUILTIN_FRAMEWORKS.get(2567);
if (!fw) throw new Error('no 2567');
const bands = ratingBands(fw);

function text(over: Partial<IndicatorChartData> = {}): IndicatorChartData {
  return {
    bars,
    threshold: 85,
    thresholdLabel: '85',
    bands,
    bandLabels: bands.map((b) => b.levels.map((l) => l.labelTh).join(' / ')),
    selected: null,
    barLabel: (b) => `${b.score}`,
    tooltip: (b) => [`<b>${b.label}</b>`, `score ${b.score}`],
    missing: 'ไม่มีข้อมูล',
    ...over,
  };
}

const bars: IndicatorBar[] = SEED001.map((score, i) => ({
  id: i + 1,
  label: `${i + 1}`,
  score: i === 2 ? null : score,
  gap: Math.max(0, 85 - score),
}));

interface BarDatum {
  value: number;
  itemStyle?: { color: string; borderWidth: number };
  label: { formatter: string; position: string };
}
interface Series {
  data: BarDatum[];
  markLine: { data: { xAxis: number }[] };
  markArea: { data: [{ xAxis: number; name: string }, { xAxis: number }][]; label: { show: boolean } };
}

const seriesOf = (o: ReturnType<typeof indicatorChartOption>) => (o.series as Series[])[0] as Series;

describe('indicator chart option', () => {
  it('draws ten bars, indicator 1 on top, orange below 85 and labelled (colour is not the only signal)', () => {
    const o = indicatorChartOption(text(), CHART_CONTEXT);
    const s = seriesOf(o);
    expect(s.data).toHaveLength(10);
    expect((o.yAxis as { inverse: boolean }).inverse).toBe(true);
    expect(s.data[3]?.itemStyle?.color).toBe(BAR_COLOURS.below);
    expect(s.data[7]?.itemStyle?.color).toBe(BAR_COLOURS.below);
    expect(s.data[0]?.itemStyle?.color).toBe(BAR_COLOURS.top);
    expect(s.data[4]?.itemStyle?.color).toBe(BAR_COLOURS.pass);
    expect(s.data[3]?.label.formatter).toBe('81.04');
  });

  it('says "no data" where a score is unknown, never a zero bar with a number', () => {
    const s = seriesOf(indicatorChartOption(text(), CHART_CONTEXT));
    expect(s.data[2]?.label.formatter).toBe('ไม่มีข้อมูล');
    expect(s.data[2]?.itemStyle).toBeUndefined();
  });

  it('has the 85 line and one background band per rating band, named above the plot', () => {
    const s = seriesOf(indicatorChartOption(text(), CHART_CONTEXT));
    expect(s.markLine.data).toEqual([{ xAxis: 85 }]);
    expect(s.markArea.data.map(([a, b]) => [a.xAxis, b.xAxis, a.name])).toEqual([
      [0, 70, 'ต้องปรับปรุงโดยด่วน'],
      [70, 85, 'ต้องปรับปรุง'],
      [85, 95, 'ผ่านดี / ผ่าน'],
      [95, 100, 'ผ่านดีเยี่ยม'],
    ]);
    expect(s.markArea.label.show).toBe(true);
  });

  it('on a phone: no band names, fewer ticks', () => {
    const o = indicatorChartOption(text(), PHONE_CONTEXT);
    expect(seriesOf(o).markArea.label.show).toBe(false);
    expect((o.xAxis as { axisLabel: { customValues: number[] } }).axisLabel.customValues).toEqual([
      0, 50, 85, 100,
    ]);
    const wide = indicatorChartOption(text(), CHART_CONTEXT);
    expect((wide.xAxis as { axisLabel: { customValues: number[] } }).axisLabel.customValues).toEqual([
      0, 70, 85, 95, 100,
    ]);
  });

  it('outlines the indicator drilled into', () => {
    const s = seriesOf(indicatorChartOption(text({ selected: 4 }), CHART_CONTEXT));
    expect(s.data[3]?.itemStyle?.borderWidth).toBe(3);
    expect(s.data[4]?.itemStyle?.borderWidth).toBe(0);
  });

  it('escapes every tooltip line', () => {
    const o = indicatorChartOption(
      text({ bars: [{ id: 1, label: '<img src=x onerror=alert(1)>', score: 90, gap: 0 }] }),
      CHART_CONTEXT,
    );
    const html = (o.tooltip as { formatter: (p: { dataIndex: number }[]) => string }).formatter([
      { dataIndex: 0 },
    ]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;b&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/b&gt;<br/>score 90');
  });
});

describe('indicator chart in both themes', () => {
  interface Marks {
    markLine: { label: { color: string }; lineStyle: { color: string } };
    markArea: { label: { color: string } };
  }
  const marks = (dark: boolean) =>
    seriesOf(
      indicatorChartOption(text(), { ...CHART_CONTEXT, ink: INK[dark ? 'dark' : 'light'] }),
    ) as unknown as Marks;
  it('writes the pass mark and the band names readably on the light and the dark panel (4.5:1)', () => {
    for (const [dark, panel] of [
      [false, '#ffffff'],
      [true, '#1a1d24'],
    ] as const) {
      const s = marks(dark);
      expect(contrast(s.markLine.label.color, panel)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.markLine.lineStyle.color, panel)).toBeGreaterThanOrEqual(3);
      expect(contrast(s.markArea.label.color, panel)).toBeGreaterThanOrEqual(4.5);
    }
    // Light is the default: an option built without a theme is the light one.
    expect(marks(false)).toEqual(seriesOf(indicatorChartOption(text(), CHART_CONTEXT)));
  });
});

describe('short labels', () => {
  it('cut Thai by grapheme: a vowel or tone mark stays with its consonant', () => {
    const s = shortLabel('การใช้ทรัพย์สินของราชการ', 8);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toBe('การใช้ทรั…');
    expect(shortLabel('การใช้อำนาจ', 20)).toBe('การใช้อำนาจ');
  });
});
