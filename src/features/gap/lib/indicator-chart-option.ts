import type { OptionBuilder } from '@/shared/chart/chart-context';
import type { RatingBand } from '@analysis/frameworks/rating-bands';
import { LABELS_INSIDE_GRID } from '@/shared/chart/chart-base';

/** One indicator bar. Scores in points 0–100; null = unknown. */
export interface IndicatorBar {
  id: number;
  /** Axis label (already shortened by grapheme). */
  label: string;
  score: number | null;
  /** Points below the pass mark (0 when above). */
  gap: number | null;
}

/** The bars and the chart's own texts, in the UI language (digits, escaping, theme, width: the context). */
export interface IndicatorChartData {
  bars: readonly IndicatorBar[];
  threshold: number;
  /** Label of the pass line, e.g. `เกณฑ์ผ่าน 85`. */
  thresholdLabel: string;
  bands: readonly RatingBand[];
  /** Band labels, one per band (e.g. `ผ่าน / ผ่านดี`). */
  bandLabels: readonly string[];
  /** The indicator drilled into, outlined. */
  selected: number | null;
  /** The text on a bar, e.g. `81.04 · ขาด 3.96 · เสีย 1.14`. */
  barLabel: (b: IndicatorBar) => string;
  /** Tooltip lines of a bar, plain text (escaped here). */
  tooltip: (b: IndicatorBar) => readonly string[];
  /** Shown where the score is unknown. */
  missing: string;
}

export const BAR_COLOURS = { below: '#b45309', pass: '#2f7d4f', top: '#1f5f3a' } as const;

/** The colour of a bar; its label also says whether it is below the pass mark (colour is not the only signal). */
export function barColour(score: number, threshold: number): string {
  return score < threshold ? BAR_COLOURS.below : score >= 95 ? BAR_COLOURS.top : BAR_COLOURS.pass;
}

/** Background of a rating band: green for passing bands (deeper for the top one), warm below the mark. */
export function bandColour(b: RatingBand, i: number, bands: readonly RatingBand[]): string {
  const top = i === bands.length - 1;
  if (b.passing) return top ? 'rgba(33, 112, 74, 0.13)' : 'rgba(33, 112, 74, 0.06)';
  // Alternate the failing bands so their edges show (AA…F has five of them).
  const fromTop = bands.length - 1 - i;
  return fromTop % 2 === 0 ? 'rgba(180, 83, 9, 0.09)' : 'rgba(180, 35, 24, 0.05)';
}

/**
 * The indicator chart: ten horizontal bars (indicator 1 on top) on a 0–100 axis, the pass line and the
 * rating bands behind them, each bar labelled with its score, gap and cost. A pure function of data and
 * the chart context, so it is tested without a browser.
 */
export const indicatorChartOption: OptionBuilder<IndicatorChartData> = (t, c) => {
  const { bars } = t;
  // On a phone only 0, 50, the pass mark and 100: band floors 5 points apart would overlap.
  const floors = c.narrow ? [50, t.threshold] : t.bands.map((b) => b.min);
  const ticks = [...new Set([0, ...floors, 100])].sort((a, b) => a - b);
  return {
    grid: {
      left: 8,
      right: c.narrow ? 12 : 40,
      top: c.narrow ? 10 : 30,
      bottom: 8,
      ...LABELS_INSIDE_GRID,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const bar = bars[items[0]?.dataIndex ?? -1];
        return bar ? t.tooltip(bar).map(c.escape).join('<br/>') : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { customValues: ticks, formatter: (v: number) => c.int(v) },
      axisTick: { customValues: ticks },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLabel: { fontSize: c.narrow ? 11 : 13 },
    },
    series: [
      {
        type: 'bar',
        barCategoryGap: '28%',
        data: bars.map((b) => {
          const selected = b.id === t.selected;
          if (b.score === null)
            return {
              value: 0,
              // No colour set outside the bars: the theme's text colour reads in light and dark.
              label: { show: true, position: 'right', formatter: t.missing },
            };
          // Inside the bar at its start, away from the pass line; a short bar gets its label after it.
          const inside = b.score >= (c.narrow ? 55 : 45);
          return {
            value: b.score,
            itemStyle: {
              color: barColour(b.score, t.threshold),
              borderColor: selected ? '#1d4ed8' : 'transparent',
              borderWidth: selected ? 3 : 0,
            },
            label: {
              show: true,
              position: inside ? 'insideLeft' : 'right',
              ...(inside ? { color: '#ffffff' } : {}),
              fontSize: c.narrow ? 11 : 12,
              fontWeight: 600,
              formatter: t.barLabel(b),
            },
          };
        }),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: c.ink.pass, type: 'dashed', width: 2 },
          // The axis is inverted (indicator 1 on top), so `start` is the top end of the line.
          label: { formatter: t.thresholdLabel, position: 'start', color: c.ink.pass, fontWeight: 600 },
          data: [{ xAxis: t.threshold }],
        },
        markArea: {
          silent: true,
          label: { show: !c.narrow, position: 'top', fontSize: 11, color: c.ink.muted },
          data: t.bands.map((b, i) => [
            {
              xAxis: b.min,
              name: t.bandLabels[i] ?? '',
              itemStyle: { color: bandColour(b, i, t.bands) },
            },
            { xAxis: b.max },
          ]),
        },
      },
    ],
  };
};
