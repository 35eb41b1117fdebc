import type { ECharts } from 'echarts/core';

/**
 * The charts on the page, as the one chart component (echart.tsx) creates and disposes them: what printing
 * needs (every chart under a part of the page, and when they have all finished drawing) without reaching
 * into the DOM for instances. Each entry is added when its box mounts, so a chart still waiting for the
 * Thai font counts as not yet drawn.
 */
interface LiveChart {
  el: HTMLElement;
  chart: ECharts | null;
  /** Drawing since the last change (set option, resize, theme), or not created yet. */
  busy: boolean;
  waiters: (() => void)[];
}

const live = new Map<HTMLElement, LiveChart>();

function settle(c: LiveChart): void {
  c.busy = false;
  for (const w of c.waiters.splice(0)) w();
}

/** A chart's box is on the page (its instance comes later, once the font is in). */
export function addChartBox(el: HTMLElement): () => void {
  live.set(el, { el, chart: null, busy: true, waiters: [] });
  return () => {
    const c = live.get(el);
    live.delete(el);
    if (c) settle(c);
  };
}

/** The box's instance was created: it is drawn when ECharts says `finished`. */
export function setChartInstance(el: HTMLElement, chart: ECharts): void {
  const c = live.get(el);
  if (!c) return;
  c.chart = chart;
  chart.on('finished', () => settle(c));
}

/** The chart was changed (option, size, theme): it is drawing again until `finished`. */
export function markDrawing(el: HTMLElement): void {
  const c = live.get(el);
  if (c) c.busy = true;
}

const within = (root: ParentNode | null, el: HTMLElement) => !root || root === document || root.contains(el);

/** The instances of the charts drawn under `root` (the whole page by default). */
export function chartsIn(root: ParentNode | null = null): ECharts[] {
  return [...live.values()].filter((c) => c.chart && within(root, c.el)).map((c) => c.chart as ECharts);
}

/**
 * Resolves once every chart under `root` has finished drawing at its box's present size: each is resized
 * to its box (a layout that just changed, e.g. for printing) and followed to its `finished` event. Charts
 * still waiting for their font are waited for too.
 */
export function whenChartsFinished(root: ParentNode | null = null): Promise<void> {
  const waits = [...live.values()]
    .filter((c) => within(root, c.el))
    .map(
      (c) =>
        new Promise<void>((resolve) => {
          c.waiters.push(resolve);
          if (c.chart) {
            c.busy = true;
            c.chart.resize();
          } else if (!c.busy) settle(c);
        }),
    );
  return Promise.all(waits).then(() => undefined);
}
