import { useEffect, useRef } from 'react';
import { useColorScheme } from '@/shared/ui/media-query';
import { fontsReady, withBase } from './chart-base';
import { init, type ECharts, type EChartsCoreOption } from './echarts-core';

export interface EChartProps {
  /** The chart's option, built by a pure function of data and settings (style.md). */
  option: EChartsCoreOption;
  /** What the chart shows, in the UI language, for screen readers (set as ECharts' aria description). */
  ariaLabel: string;
  /**
   * Id of the table on the same page that holds the chart's figures (its text alternative): the chart
   * points to it with aria-details. Every chart has one.
   */
  tableId: string;
  /** CSS height of the chart box; the width follows the container. */
  height?: number | string;
  /** When set, a button saves the chart as `<exportName>.png` (Thai text in Sarabun, drawn after the font loads). */
  exportName?: string;
  /** Label of that button in the UI language (e.g. 'บันทึกภาพ PNG'). */
  exportLabel?: string;
}

/**
 * The one ECharts component of the app. Init once (after the Thai font is loaded), `setOption` on
 * change, resize with its box (ResizeObserver), follow the system's light/dark theme, dispose on
 * unmount; safe under StrictMode's double effects. A view that uses it also renders the same data as a
 * table, named by `tableId`. Tooltip formatters must escape file text with `escapeTooltip`.
 */
export function EChart({
  option,
  ariaLabel,
  tableId,
  height = 280,
  exportName,
  exportLabel = 'PNG',
}: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef<{ option: EChartsCoreOption; scheme: 'light' | 'dark'; ariaLabel: string } | null>(
    null,
  );
  const scheme = useColorScheme();

  useEffect(() => {
    chart.current?.setTheme(scheme === 'dark' ? 'dark' : 'default');
  }, [scheme]);

  useEffect(() => {
    latest.current = { option, scheme, ariaLabel };
    chart.current?.setOption(withBase(option, scheme, ariaLabel), { notMerge: true });
  }, [option, scheme, ariaLabel]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let disposed = false;
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    void fontsReady().then(() => {
      if (disposed) return;
      const now = latest.current;
      instance = init(el, now?.scheme === 'dark' ? 'dark' : 'default', { renderer: 'canvas' });
      chart.current = instance;
      if (now) instance.setOption(withBase(now.option, now.scheme, now.ariaLabel), { notMerge: true });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(el);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      if (chart.current === instance) chart.current = null;
    };
  }, []);

  const savePng = (): void => {
    const c = chart.current;
    if (!c || !exportName) return;
    const url = c.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: scheme === 'dark' ? '#1b1f24' : '#ffffff',
    });
    const a = document.createElement('a');
    a.href = url;
    a.download = `${exportName}.png`;
    document.body.append(a);
    a.click();
    a.remove();
  };

  const box0 = (
    <div
      ref={box}
      className="echart"
      role="img"
      aria-label={ariaLabel}
      aria-details={tableId}
      style={{ height, width: '100%' }}
    />
  );
  if (!exportName) return box0;
  return (
    <div className="echart-frame">
      {box0}
      <button type="button" className="button small echart-export no-print" onClick={savePng}>
        {exportLabel}
      </button>
    </div>
  );
}
