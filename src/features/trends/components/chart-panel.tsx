import type { AgencyTrend } from '@analysis/trends/types';
import type { ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '@/shared/chart/echart';
import { useMessages } from '@/shared/i18n/messages';
import { trendMessages } from '../messages';

/** What each trend chart is given: the agency's trend, its name and years (for the aria text), the PNG's name. */
export interface TrendChartProps {
  trend: AgencyTrend;
  name: string;
  years: string;
  fileBase: string;
}

export interface ChartPanelProps {
  id: string;
  title: string;
  caption: string;
  option: EChartsCoreOption;
  ariaLabel: string;
  /** Id of the table holding the chart's figures (in `children` or elsewhere on the page). */
  tableId: string;
  height: number;
  /** File name (without .png) of the PNG export. */
  exportName: string;
  /** The chart's table alternative, when it is not elsewhere on the page. */
  children?: ReactNode;
}

/** A titled chart with its caption, PNG export and (when given) its table alternative. */
export function ChartPanel({
  id,
  title,
  caption,
  option,
  ariaLabel,
  tableId,
  height,
  exportName,
  children,
}: ChartPanelProps) {
  const m = useMessages(trendMessages);
  return (
    <section
      className={`panel trend-chart trend-${id}`}
      aria-labelledby={`trend-${id}-title`}
      data-testid={`trend-${id}`}
    >
      <h2 id={`trend-${id}-title`}>{title}</h2>
      <EChart
        option={option}
        ariaLabel={ariaLabel}
        tableId={tableId}
        height={height}
        exportName={exportName}
        exportLabel={m('png')}
      />
      <p className="muted small chart-caption">{caption}</p>
      {children}
    </section>
  );
}
