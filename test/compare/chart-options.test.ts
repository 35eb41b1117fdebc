import { CHART_CONTEXT, PHONE_CONTEXT } from '../chart-context';
import { TEXT } from './chart-text';
import { describe, expect, it } from 'vitest';
import { histogram } from '@analysis/compare/distribution';
import { legendSpace, type ChartAgency } from '@/features/compare/lib/agency-style';
import { scoreHistogramOption } from '@/shared/chart/score-histogram';
import { heatmapOption, heatTextColor } from '@/features/compare/lib/heatmap-option';
import { indicatorBarsOption } from '@/features/compare/lib/indicator-bars-option';
import { radarFloor, radarOption } from '@/features/compare/lib/radar-option';

/* eslint-disable @typescript-eslint/no-explicit-any -- reading into ECharts option objects */

const A: ChartAgency[] = [
  {
    label: '1. อบต.บ้านใหม่',
    name: 'องค์การบริหารส่วนตำบลบ้านใหม่',
    values: [90, 80, 70, 60, 95, 85, 88, 92, 100, NaN],
    overall: 86,
  },
  { label: '2. <b>x</b>', name: '<img src=x onerror=alert(1)>', values: new Array(10).fill(75), overall: 75 },
];

describe('compare chart options', () => {
  it('grouped bars: one series per agency, the 85 line, unknown as a gap, tooltips escaped', () => {
    const o = indicatorBarsOption({ agencies: A, text: TEXT }, CHART_CONTEXT) as any;
    expect(o.series).toHaveLength(2);
    expect(o.series[0].name).toBe('1. อบต.บ้านใหม่');
    expect(o.series[0].data[9]).toBe('-');
    expect(o.series[0].markLine.data).toEqual([{ yAxis: 85 }]);
    expect(o.series[1].markLine).toBeUndefined();
    expect(o.aria.decal.show).toBe(true);
    const tip = o.tooltip.formatter([{ dataIndex: 0, seriesIndex: 1, value: 75 }]);
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
  });

  it('radar: a ring 10 points under the lowest score, each agency its own symbol and line', () => {
    expect(radarFloor(A)).toBe(50);
    const o = radarOption({ agencies: A, text: TEXT, height: 400 }, CHART_CONTEXT) as any;
    expect(o.radar.indicator[0]).toEqual({ name: '1', min: 50, max: 100 });
    const [a, b] = o.series[0].data;
    expect(a.symbol).not.toBe(b.symbol);
    expect(a.lineStyle.type).not.toBe(b.lineStyle.type);
    expect(a.value[9]).toBe(50);
    expect(o.tooltip.formatter({ dataIndex: 1, seriesIndex: 0, data: { value: [] } })).toContain('&lt;img');
  });

  it('heatmap: agencies × indicators and the overall, labelled cells, banded colours; transposed on a phone', () => {
    const o = heatmapOption({ agencies: A, text: TEXT }, CHART_CONTEXT) as any;
    expect(o.xAxis.data).toEqual([...TEXT.indicatorLabels, 'คะแนนรวม']);
    expect(o.yAxis.data).toEqual(A.map((a) => a.label));
    expect(o.series[0].data).toHaveLength(22);
    expect(o.series[0].data[0].value).toEqual([0, 0, 90]);
    expect(o.series[0].data[9].value).toEqual([9, 0, '-']);
    expect(o.visualMap.pieces[0]).toMatchObject({ gte: 95, lte: 100, label: 'a' });
    expect(o.visualMap.pieces[1]).toMatchObject({ gte: 85, lt: 95 });
    expect(heatTextColor(95)).toBe('#ffffff');
    expect(heatTextColor(90)).toBe('#111111');
    const t = heatmapOption({ agencies: A, text: TEXT }, PHONE_CONTEXT) as any;
    expect(t.xAxis.data).toEqual(['1', '2']);
    expect(t.series[0].data[1].value).toEqual([0, 1, 80]);
    expect(t.tooltip.formatter({ value: [0, 1, 80] })).toContain('ตัวชี้วัด 2');
  });

  it('distribution: pass bands hatched, numbered pins over the chosen agencies’ bins', () => {
    const bins = histogram(Float64Array.from([62, 88, 91, 97]), Int32Array.from([0, 1, 2, 3]));
    const marks = bins.map((b) => (b.from === 85 ? '1, 3' : ''));
    const o = scoreHistogramOption(
      {
        bins,
        labels: bins.map((b) => `${b.from}–${b.to}`),
        countName: 'n',
        marks,
        markNames: marks.map((m) => (m ? '1. <script>' : '')),
      },
      CHART_CONTEXT,
    ) as any;
    const bars = o.series[0].data;
    expect(bars.map((d: any) => d.value)).toEqual(bins.map((b) => b.count));
    expect(bars[bins.findIndex((b) => b.from === 85)].itemStyle.decal).toBeDefined();
    expect(bars[0].itemStyle.decal).toBeUndefined();
    expect(o.series[0].markPoint.data).toHaveLength(1);
    expect(o.series[0].markPoint.data[0].value).toBe('1, 3');
    expect(o.tooltip.formatter([{ dataIndex: 5, value: 1 }])).toContain('&lt;script&gt;');
  });

  it('leaves room for a legend that wraps', () => {
    expect(legendSpace(5, 2, 40)).toBe(40 + 3 * 24);
    expect(legendSpace(3, 3, 0)).toBe(24);
  });
});
