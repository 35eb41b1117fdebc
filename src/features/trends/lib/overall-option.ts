import { bandLabel, type RatingBand } from '@analysis/frameworks/rating-bands';
import type { OptionBuilder } from '@/shared/chart/chart-context';
import type { AgencyTrend } from '@analysis/trends/types';
import {
  COLORS,
  passMarkData,
  ratingLines,
  richSafe,
  ruleMarkData,
  scoreAxis,
  scoreAxisMin,
  seriesData,
  wrapWords,
  yearAxis,
  yearTooltip,
  type MarkText,
} from './chart-common';

/** An agency's trend and the overall chart's own texts (on a phone: no band names beside it). */
export interface OverallChartData {
  trend: AgencyTrend;
  marks: MarkText;
  /** Name of the series (`คะแนนรวม`). */
  seriesName: string;
}

/** Band fill: greens at and above the pass mark, amber and red tints (alternating) below. */
function bandColor(b: RatingBand, i: number): string {
  if (b.min >= 95) return 'rgba(15, 138, 95, 0.17)';
  if (b.min >= 85) return 'rgba(15, 138, 95, 0.08)';
  return i % 2 === 0 ? 'rgba(217, 119, 6, 0.11)' : 'rgba(180, 35, 24, 0.08)';
}

/** Room on the right for the band names of the latest rules, in px. */
const BAND_LABEL_ROOM = 88;

/**
 * The overall score per fiscal year: a line that breaks at missing years, each point labelled with its
 * score; under each year its rating by that year's own rules; the rating bands of each scheme behind the
 * line (named inside the earlier span and beside the chart for the latest), the pass mark at 85, and the
 * rule changes marked between years and on the time axis.
 */
export const overallOption: OptionBuilder<OverallChartData> = ({ trend: t, marks, seriesName }, f) => {
  const th = f.lang === 'th';
  const compact = f.narrow;
  const yMin = scoreAxisMin(t.years.map((y) => y.overall));
  const lastSpan = t.bandSpans.length - 1;
  const bands = t.bandSpans.flatMap((span, k) =>
    // Best first, as the bands are named down the chart (the tints alternate from the top).
    [...span.bands]
      .reverse()
      .filter((b) => b.max > yMin)
      .map((b, i) => [
        {
          xAxis: span.from - 0.5,
          yAxis: Math.max(b.min, yMin),
          itemStyle: { color: bandColor(b, i) },
          label: {
            show: k < lastSpan || !compact,
            // Wrapped at word boundaries here: ECharts would break Thai inside a cluster (pitfalls.md).
            formatter: wrapWords(richSafe(bandLabel(b, f.lang)), th ? 13 : 16).join('\n'),
            lineHeight: 12,
            position: k === lastSpan ? 'right' : 'insideLeft',
            color: f.ink.muted,
            fontSize: 10,
          },
        },
        { xAxis: span.to + 0.5, yAxis: b.max },
      ]),
  );
  const data = seriesData(t, (i) => t.years[i]?.overall ?? null);
  const ratingOf = (row: AgencyTrend['years'][number]) =>
    row.rating ? (th ? row.rating.labelTh : row.rating.labelEn) : null;
  const ratingRows = Math.max(
    1,
    ...t.years.map((y) => ratingLines(richSafe(ratingOf(y) ?? '—'), compact).length),
  );
  const hasRule = t.ruleChanges.length > 0;
  return {
    // No animation: a print or PNG taken at any moment shows the finished chart.
    animation: false,
    grid: {
      left: 34,
      right: compact ? 10 : BAND_LABEL_ROOM,
      top: 22,
      bottom: 18 + 13 * ratingRows + (hasRule ? 14 : 0),
    },
    xAxis: yearAxis(t, f, marks, { ratingOf, compact: compact }),
    yAxis: scoreAxis(yMin, f),
    tooltip: yearTooltip(t, f, (row) => {
      if (row.overall === null) return ['—'];
      const lines = [`${f.escape(seriesName)}: ${f.escape(f.num(row.overall))}`];
      const rating = ratingOf(row);
      if (rating) lines.push(f.escape(rating));
      if (row.change !== null) {
        const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '±';
        lines.push(`${sign}${f.escape(f.num(Math.abs(row.change)))}`);
      }
      return lines;
    }),
    series: [
      {
        type: 'line',
        name: seriesName,
        data,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { width: 3, color: COLORS.overall },
        itemStyle: { color: COLORS.overall },
        label: {
          show: true,
          position: 'top',
          fontSize: compact ? 10 : 11,
          fontWeight: 600,
          formatter: (p: { value: [number, number | null] }) =>
            p.value[1] === null ? '' : f.num(p.value[1]),
        },
        labelLayout: { hideOverlap: true },
        markArea: { silent: true, data: bands },
        markLine: { silent: true, symbol: 'none', data: [passMarkData(f.ink), ...ruleMarkData(t, f.ink)] },
      },
    ],
  };
};
