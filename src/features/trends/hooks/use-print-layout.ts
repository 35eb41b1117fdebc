import { getInstanceByDom } from 'echarts/core';
import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { baseOption } from '@/shared/chart/chart-base';

/** Class on <html> while the one-page print layout is in force (trends.css lays the page out for A4). */
export const PRINT_CLASS = 'trends-printing';
const SNAPSHOT = 'print-snapshot';

/**
 * Redraw every chart under `root` at its box's present size and put a finished picture of it in its box
 * (`print` true), or take the pictures away (`print` false). A browser prints a canvas as it is at that
 * moment, and ECharts finishes some layers (the heatmap's cells) only in later frames; the picture,
 * painted at once at twice the resolution, is whole and sharp on paper.
 */
function snapshotCharts(root: HTMLElement | null, print: boolean): void {
  // Paper is white: a dark-mode chart is pictured in the light colours and switched back afterwards.
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const scheme = print || !dark ? 'light' : 'dark';
  root?.querySelectorAll<HTMLElement>('.echart').forEach((el) => {
    el.querySelector(`:scope > img.${SNAPSHOT}`)?.remove();
    el.classList.remove('has-snapshot');
    const chart = getInstanceByDom(el);
    if (!chart) return;
    if (dark) {
      chart.setTheme(scheme === 'dark' ? 'dark' : 'default');
      chart.setOption({ textStyle: baseOption(scheme).textStyle });
    }
    chart.resize();
    if (!print) return;
    const img = document.createElement('img');
    img.className = SNAPSHOT;
    img.alt = '';
    img.src = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    el.append(img);
    el.classList.add('has-snapshot');
  });
}

/**
 * The print layout: just before the browser prints (Ctrl+P, the print button, or a PDF printer), switch
 * the page to its A4-landscape layout and picture the charts at their printed size; switch back
 * afterwards. Returns the moment of printing, for the printed date.
 */
export function usePrintLayout(root: RefObject<HTMLElement | null>): Date {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const html = document.documentElement;
    const before = () => {
      flushSync(() => setPrintedAt(new Date()));
      html.classList.add(PRINT_CLASS);
      snapshotCharts(root.current, true);
    };
    const after = () => {
      html.classList.remove(PRINT_CLASS);
      snapshotCharts(root.current, false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      html.classList.remove(PRINT_CLASS);
    };
  }, [root]);
  return printedAt;
}
