/**
 * Agency names are drawn on the charts' canvas (legends, axis labels), where ECharts would read
 * `{style|text}` as rich-text markup if the label had `rich` styles: rendered here to SVG on the server
 * (the same text layout as the app's canvas), names full of markup must come out as the literal text.
 * The browser walk of test/e2e/hostile.test.ts checks the tooltips; this checks what it cannot read.
 */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import '@/shared/chart/echarts-parts';
import { CHART_CONTEXT } from '../chart-context';
import { TEXT } from './chart-text';
import { describe, expect, it } from 'vitest';
import { histogram } from '@analysis/compare/distribution';
import type { ChartAgency } from '@/features/compare/lib/agency-style';
import { scoreHistogramOption } from '@/shared/chart/score-histogram';
import { heatmapOption } from '@/features/compare/lib/heatmap-option';
import { indicatorBarsOption } from '@/features/compare/lib/indicator-bars-option';
import { radarOption } from '@/features/compare/lib/radar-option';

// Every part the app draws, from its one registry, plus the SVG renderer to read the text back here.
use([SVGRenderer]);

const RICH = '1. {a|x}{b|<b>x</b>}{@name}{b}';
const HTML = '2. <img src=x onerror=alert(1)>';
const A: ChartAgency[] = [
  { label: RICH, name: `${RICH} full`, values: new Array<number>(10).fill(80), overall: 80 },
  { label: HTML, name: `${HTML} full`, values: new Array<number>(10).fill(90), overall: 90 },
];

/** The text of every <text> node of the chart drawn as SVG, XML entities decoded. */
function drawnText(option: EChartsCoreOption): string[] {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 500 });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('agency names drawn on the compare charts', () => {
  it.each([
    ['grouped bars (legend)', () => indicatorBarsOption({ agencies: A, text: TEXT }, CHART_CONTEXT)],
    ['radar (legend)', () => radarOption({ agencies: A, text: TEXT, height: 500 }, CHART_CONTEXT)],
    ['heatmap (agency axis)', () => heatmapOption({ agencies: A, text: TEXT }, CHART_CONTEXT)],
  ])('%s: markup and templates are drawn as written', (_what, option) => {
    const text = drawnText(option());
    expect(text).toContain(RICH);
    expect(text).toContain(HTML);
  });

  it('the distribution pins and tooltips keep names as text', () => {
    const bins = histogram(Float64Array.from([80, 90]), Int32Array.from([0, 1]));
    const marks = bins.map((b) => (b.from === 80 || b.from === 90 ? '1' : ''));
    const option = scoreHistogramOption(
      {
        bins,
        labels: bins.map((b) => `${b.from}–${b.to}`),
        countName: 'n',
        marks,
        markNames: marks.map((m) => (m ? RICH : '')),
      },
      CHART_CONTEXT,
    ) as { tooltip: { formatter: (items: { dataIndex: number; value: number }[]) => string } };
    expect(drawnText(option as EChartsCoreOption).filter((t) => t.includes('{'))).toEqual([]);
    const i = marks.findIndex(Boolean);
    const tip = option.tooltip.formatter([{ dataIndex: i, value: 1 }]);
    expect(tip).toContain('{a|x}{b|&lt;b&gt;x&lt;/b&gt;}{@name}{b}');
  });
});
