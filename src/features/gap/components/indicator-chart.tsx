import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useCallback, useEffect, useRef } from 'react';
import { EChart } from '@/shared/chart/echart';

/**
 * The indicator chart (the shared EChart) with drill-down: a click on a bar, or anywhere in its row,
 * calls `onPick` with the row's index (hit-tested on the canvas with the instance the chart hands over).
 * The same choice is offered by buttons in the table, for the keyboard and screen readers.
 */
export function IndicatorChart({
  option,
  ariaLabel,
  tableId,
  height,
  exportName,
  exportLabel,
  count: bars,
  onPick,
}: {
  option: EChartsCoreOption;
  ariaLabel: string;
  /** Id of the indicator table (the chart's text alternative). */
  tableId: string;
  height: number;
  exportName: string;
  exportLabel: string;
  /** Number of rows (bars). */
  count: number;
  onPick: (index: number) => void;
}) {
  const pick = useRef(onPick);
  const count = useRef(bars);
  useEffect(() => {
    pick.current = onPick;
    count.current = bars;
  }, [onPick, bars]);
  const onReady = useCallback((chart: ECharts) => {
    const onClick = (e: { offsetX: number; offsetY: number }) => {
      const at = chart.convertFromPixel({ seriesIndex: 0 }, [e.offsetX, e.offsetY]) as unknown;
      const index = Math.round(Array.isArray(at) ? Number(at[1]) : NaN);
      if (Number.isInteger(index) && index >= 0 && index < count.current) pick.current(index);
    };
    const onMove = (e: { offsetX: number; offsetY: number }) => {
      const inside = chart.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]);
      chart.getZr().setCursorStyle(inside ? 'pointer' : 'default');
    };
    chart.getZr().on('click', onClick);
    chart.getZr().on('mousemove', onMove);
    return () => {
      if (chart.isDisposed()) return;
      chart.getZr().off('click', onClick);
      chart.getZr().off('mousemove', onMove);
    };
  }, []);
  return (
    <div className="gap-chart">
      <EChart
        option={option}
        ariaLabel={ariaLabel}
        tableId={tableId}
        height={height}
        exportName={exportName}
        exportLabel={exportLabel}
        onReady={onReady}
      />
    </div>
  );
}
