import { DataTable } from '@/shared/ui/data-table';
import { useMemo } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useChartContext } from '@/shared/chart/chart-context';
import { heatmapOption } from '../lib/heatmap-option';
import { trendMessages } from '../messages';
import { ChartPanel, type TrendChartProps } from './chart-panel';

/** Years × indicators with the score in every cell, and the same numbers as a table. */
export function IndicatorHeatmap({ trend, name, years, fileBase }: TrendChartProps) {
  const m = useMessages(trendMessages);
  const { fmt, pick } = useI18n();
  const context = useChartContext();
  const option = useMemo(() => heatmapOption({ trend }, context), [trend, context]);
  return (
    <ChartPanel
      id="heat"
      title={m('heat.title')}
      caption={m('heat.caption')}
      option={option}
      ariaLabel={fmt.digits(m('heat.aria', { name, years }))}
      tableId="trend-heat-table"
      height={context.narrow ? 380 : 370}
      exportName={`${fileBase}-indicators`}
    >
      <details className="chart-table">
        <summary>{m('heat.table')}</summary>
        <DataTable
          columns={[
            { label: m('heat.indicator') },
            ...trend.years.map((y) => ({ label: fmt.year(y.year), num: true })),
          ]}
          caption={m('heat.title')}
          className="compact trend-heat-table"
          id="trend-heat-table"
        >
          {trend.indicatorDefs.map((d, i) => (
            <tr key={d.id}>
              <th scope="row">
                {fmt.digits(String(d.id))} {pick(d.nameTh, d.nameEn)}
              </th>
              {trend.years.map((y) => (
                <td key={y.year} className="num">
                  {fmt.num(y.indicators[i])}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      </details>
    </ChartPanel>
  );
}
