import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { getInstanceByDom, use as registerParts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '@/shared/chart/echart';

registerParts([MarkLineComponent, MarkAreaComponent]);

/**
 * The indicator chart (the shared EChart) with drill-down: a click on a bar, or anywhere in its row,
 * calls `onPick` with the row's index. The instance is found through ECharts' public getInstanceByDom
 * once the shared component has drawn it. The same choice is offered by buttons in the table, for the
 * keyboard and screen readers.
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
  const wrap = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  const count = useRef(bars);
  useEffect(() => {
    pick.current = onPick;
    count.current = bars;
  }, [onPick, bars]);

  useEffect(() => {
    const el = wrap.current?.querySelector<HTMLElement>('.echart');
    if (!el) return;
    let detach: (() => void) | null = null;
    const attach = (): boolean => {
      const chart = getInstanceByDom(el);
      if (!chart || detach) return Boolean(detach);
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
      detach = () => {
        if (chart.isDisposed()) return;
        chart.getZr().off('click', onClick);
        chart.getZr().off('mousemove', onMove);
      };
      return true;
    };
    if (attach()) return () => detach?.();
    // The shared component initialises after the Thai font has loaded: wait for its canvas.
    const observer = new MutationObserver(() => {
      if (attach()) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      detach?.();
    };
  }, []);

  return (
    <div ref={wrap} className="gap-chart">
      <EChart
        option={option}
        ariaLabel={ariaLabel}
        tableId={tableId}
        height={height}
        exportName={exportName}
        exportLabel={exportLabel}
      />
    </div>
  );
}
