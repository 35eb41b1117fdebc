import { useMemo } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useChartFormat } from '../hooks/use-chart-format';
import { overallOption } from '../lib/overall-option';
import { trendMessages } from '../messages';
import { ChartPanel, type TrendChartProps } from './chart-panel';
import { YOY_TABLE_ID } from './yoy-table';

/** The overall score per year with the 85 line, rating bands and rule changes (table: the year-by-year table). */
export function OverallChart({ trend, name, years, fileBase }: TrendChartProps) {
  const m = useMessages(trendMessages);
  const { fmt } = useI18n();
  const { context, marks } = useChartFormat();
  const option = useMemo(
    () => overallOption({ trend, marks, seriesName: m('overall.series') }, context),
    [trend, marks, m, context],
  );
  const values = trend.years
    .map((y) => `${fmt.year(y.year)} ${y.overall === null ? '—' : fmt.num(y.overall)}`)
    .join(', ');
  return (
    <ChartPanel
      id="overall"
      title={m('overall.title')}
      caption={fmt.digits(m('overall.caption'))}
      option={option}
      ariaLabel={m('overall.aria', { name, years, values })}
      tableId={YOY_TABLE_ID}
      height={context.narrow ? 280 : 300}
      exportName={`${fileBase}-overall`}
    />
  );
}
