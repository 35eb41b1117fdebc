import { useMemo } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useChartFormat } from '../hooks/use-chart-format';
import { toolsOption } from '../lib/tools-option';
import { trendMessages } from '../messages';
import { ChartPanel, type TrendChartProps } from './chart-panel';
import { YOY_TABLE_ID } from './yoy-table';

/** IIT, EIT and OIT per year (table: the year-by-year table). */
export function ToolsChart({ trend, name, years, fileBase }: TrendChartProps) {
  const m = useMessages(trendMessages);
  const { fmt } = useI18n();
  const { context, marks } = useChartFormat();
  const option = useMemo(() => toolsOption({ trend, marks }, context), [trend, marks, context]);
  return (
    <ChartPanel
      id="tools"
      title={m('tools.title')}
      caption={fmt.digits(m('tools.caption'))}
      option={option}
      ariaLabel={m('tools.aria', { name, years })}
      tableId={YOY_TABLE_ID}
      height={300}
      exportName={`${fileBase}-tools`}
    />
  );
}
