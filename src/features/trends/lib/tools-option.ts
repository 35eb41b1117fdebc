import { TOOL_IDS } from '@analysis/frameworks/types';
import type { AgencyTrend } from '@analysis/trends/types';
import type { OptionBuilder } from '@/shared/chart/chart-context';
import {
  COLORS,
  passMarkData,
  ruleMarkData,
  scoreAxis,
  scoreAxisMin,
  seriesData,
  yearAxis,
  yearTooltip,
  type MarkText,
} from './chart-common';

/** An agency's trend and the texts of its rule-change marks. */
export interface ToolsChartData {
  trend: AgencyTrend;
  marks: MarkText;
}

/** Each tool has its own symbol and dash, so colour is never the only way to tell them apart. */
const STYLE = {
  IIT: { symbol: 'circle', type: 'solid' },
  EIT: { symbol: 'triangle', type: 'dashed' },
  OIT: { symbol: 'rect', type: 'dotted' },
} as const;

/**
 * IIT, EIT and OIT per fiscal year: three lines that break at missing years, the pass mark at 85 (which
 * the upper ratings from 2566 ask of every tool) and the rule changes on the time axis.
 */
export const toolsOption: OptionBuilder<ToolsChartData> = ({ trend: t, marks }, f) => {
  const yMin = scoreAxisMin(t.years.flatMap((y) => y.tools));
  return {
    // No animation: a print or PNG taken at any moment shows the finished chart.
    animation: false,
    grid: { left: 34, right: 12, top: 34, bottom: 32 + (t.ruleChanges.length ? 14 : 0) },
    legend: { top: 0, itemWidth: 28, data: [...TOOL_IDS] },
    xAxis: yearAxis(t, f, marks, { compact: f.narrow }),
    yAxis: scoreAxis(yMin, f),
    tooltip: yearTooltip(t, f, (row) =>
      TOOL_IDS.map((id, k) => {
        const v = row.tools[k];
        return `${f.escape(id)}: ${v === null || v === undefined ? '—' : f.escape(f.num(v))}`;
      }),
    ),
    series: TOOL_IDS.map((id, k) => ({
      type: 'line',
      name: id,
      data: seriesData(t, (i) => t.years[i]?.tools[k] ?? null),
      connectNulls: false,
      symbol: STYLE[id].symbol,
      symbolSize: 8,
      lineStyle: { width: 2.5, type: STYLE[id].type, color: COLORS[id] },
      itemStyle: { color: COLORS[id] },
      ...(k === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              data: [passMarkData(f.ink), ...ruleMarkData(t, f.ink)],
            },
          }
        : {}),
    })),
  };
};
