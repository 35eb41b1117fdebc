import { useEffect, useRef, useState } from 'react';
import { useColorScheme } from '@/shared/ui/media-query';
import { fontsReady, withBase } from './chart-base';
import { addChartBox, markDrawing, setChartInstance } from './chart-registry';
import { downloadUrl } from '@/shared/ui/download';
import { init, type ECharts, type EChartsCoreOption } from './echarts-parts';

/** ECharts event handlers by event name (`click`, `finished`, …), as `chart.on(name, handler)` takes them. */
export type ChartEvents = Partial<Record<string, (params: unknown) => void>>;

export interface EChartProps {
  /** The chart's option, built by a pure function of data and settings (style.md; chart-context.ts). */
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
  /** ECharts events to handle; the latest handlers are called (they may change on every render). */
  onEvents?: ChartEvents;
  /**
   * Called with the instance once it is created (after the Thai font has loaded), for what events cannot
   * say (e.g. pixel hit-testing on the canvas); the function it returns, if any, runs before disposal.
   */
  onReady?: (chart: ECharts) => void | (() => void);
}

/**
 * The one ECharts component of the app, and the only owner of an instance: init once (after the Thai
 * font is loaded), `setOption` on change, resize with its box (ResizeObserver), follow the system's
 * light/dark theme, hand events and the instance to the view (onEvents, onReady), tell the registry
 * (chart-registry.ts) when it is drawing, dispose on unmount; safe under StrictMode's double effects. A
 * view that uses it also renders the same data as a table, named by `tableId`. Tooltip formatters must
 * escape file text with `escapeTooltip`.
 */
export function EChart({
  option,
  ariaLabel,
  tableId,
  height = 280,
  exportName,
  exportLabel = 'PNG',
  onEvents,
  onReady,
}: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<ECharts | null>(null);
  const scheme = useColorScheme();
  const latest = useRef({ scheme, onEvents, onReady });
  /** The theme the instance has (the system's at creation, then each change). */
  const applied = useRef(scheme);
  useEffect(() => {
    latest.current = { scheme, onEvents, onReady };
  });

  // Created once the Thai font is in (ECharts measures text at init), disposed with the box.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const removeBox = addChartBox(el);
    let disposed = false;
    let created: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    void fontsReady().then(() => {
      if (disposed) return;
      created = init(el, latest.current.scheme === 'dark' ? 'dark' : 'default', { renderer: 'canvas' });
      applied.current = latest.current.scheme;
      setChartInstance(el, created);
      observer = new ResizeObserver(() => {
        markDrawing(el);
        created?.resize();
      });
      observer.observe(el);
      setInstance(created);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      created?.dispose();
      removeBox();
      setInstance(null);
    };
  }, []);

  useEffect(() => {
    if (!instance || !box.current || applied.current === scheme) return;
    applied.current = scheme;
    markDrawing(box.current);
    instance.setTheme(scheme === 'dark' ? 'dark' : 'default');
  }, [instance, scheme]);

  useEffect(() => {
    if (!instance || !box.current) return;
    markDrawing(box.current);
    instance.setOption(withBase(option, scheme, ariaLabel), { notMerge: true });
  }, [instance, option, scheme, ariaLabel]);

  // The events handled (by name); each call reaches the latest handler.
  const eventNames = Object.keys(onEvents ?? {})
    .sort()
    .join(' ');
  useEffect(() => {
    if (!instance || !eventNames) return;
    const handlers = eventNames.split(' ').map((name) => {
      const handler = (params: unknown) => latest.current.onEvents?.[name]?.(params);
      instance.on(name, handler);
      return [name, handler] as const;
    });
    return () => {
      if (!instance.isDisposed()) for (const [name, handler] of handlers) instance.off(name, handler);
    };
  }, [instance, eventNames]);

  useEffect(() => {
    if (!instance) return;
    const release = latest.current.onReady?.(instance);
    return typeof release === 'function' ? release : undefined;
  }, [instance]);

  const savePng = (): void => {
    if (!instance || !exportName) return;
    const url = instance.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: scheme === 'dark' ? '#1b1f24' : '#ffffff',
    });
    downloadUrl(`${exportName}.png`, url);
  };

  const chartBox = (
    <div
      ref={box}
      className="echart"
      role="img"
      aria-label={ariaLabel}
      aria-details={tableId}
      style={{ height, width: '100%' }}
    />
  );
  if (!exportName) return chartBox;
  return (
    <div className="echart-frame">
      {chartBox}
      <button type="button" className="button small echart-export no-print" onClick={savePng}>
        {exportLabel}
      </button>
    </div>
  );
}
