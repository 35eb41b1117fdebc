import { describe, expect, it } from 'vitest';
import { scoreBands } from '@/features/data/lib/distribution';
import { scoreHistogramOption } from '@/shared/chart/score-histogram';
import { CHART_CONTEXT } from '../chart-context';
import { escapeTooltip } from '@/shared/chart/escape-tooltip';

describe('score distribution', () => {
  it('counts scores into bands as published (2 decimals), 100 in the last band, unknown left out', () => {
    const bands = scoreBands([84.994, 84.996, 85, 100, 49.99, NaN]);
    const count = (from: number) => bands.find((b) => b.from === from)?.count;
    expect(count(80)).toBe(1);
    expect(count(85)).toBe(2);
    expect(count(95)).toBe(1);
    expect(count(0)).toBe(1);
    expect(bands.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it('escapes every value in its tooltip', () => {
    const bands = scoreBands([90]);
    const option = scoreHistogramOption(
      { bins: bands, labels: bands.map(() => '<img src=x onerror=alert(1)>'), countName: '<b>n</b>' },
      CHART_CONTEXT,
    );
    const tooltip = option.tooltip as {
      formatter: (items: { dataIndex: number; value: number }[]) => string;
    };
    const html = tooltip.formatter([{ dataIndex: 0, value: 3 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;n&lt;/b&gt;');
  });

  it('escapeTooltip turns any value into inert text', () => {
    expect(escapeTooltip('<script>"&\'')).toBe('&lt;script&gt;&quot;&amp;&#39;');
    expect(escapeTooltip(null)).toBe('');
    expect(escapeTooltip(92.69)).toBe('92.69');
  });
});
