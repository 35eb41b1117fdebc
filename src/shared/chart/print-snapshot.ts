import { baseOption } from './chart-base';
import { chartsIn } from './chart-registry';
import { colorSchemeNow } from '@/shared/ui/media-query';

const SNAPSHOT = 'print-snapshot';

/**
 * Redraw every chart under `root` at its box's present size and put a finished picture of it in its box
 * (`print` true), or take the pictures away (`print` false). A browser prints a canvas as it is at that
 * moment, and ECharts finishes some layers (the heatmap's cells) only in later frames; the picture,
 * painted at once at twice the resolution, is whole and sharp on paper. Paper is white: a dark-mode chart
 * is pictured in the light colours and switched back afterwards. Synchronous, for `beforeprint`.
 */
export function snapshotCharts(root: ParentNode | null, print: boolean): void {
  const dark = colorSchemeNow() === 'dark';
  const scheme = print || !dark ? 'light' : 'dark';
  for (const chart of chartsIn(root)) {
    const el = chart.getDom();
    el.querySelector(`:scope > img.${SNAPSHOT}`)?.remove();
    el.classList.remove('has-snapshot');
    if (dark) {
      chart.setTheme(scheme === 'dark' ? 'dark' : 'default');
      chart.setOption({ textStyle: baseOption(scheme).textStyle });
    }
    chart.resize();
    if (!print) continue;
    const img = document.createElement('img');
    img.className = SNAPSHOT;
    img.alt = '';
    img.src = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    el.append(img);
    el.classList.add('has-snapshot');
  }
}
