import type { EChartsCoreOption } from 'echarts/core';
import type { ColorScheme } from '@/shared/ui/media-query';

/** The text font of every chart: the bundled Sarabun first (pitfalls.md, ECharts). */
export const CHART_FONT = "Sarabun, 'Noto Sans Thai', 'Leelawadee UI', Tahoma, sans-serif";

/**
 * Grid keys that keep the axis labels inside the grid's box (the rect is the outer bound, labels
 * included): ECharts 6's documented equivalent of the deprecated `grid.containLabel: true`.
 */
export const LABELS_INSIDE_GRID = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

/** What every chart gets under the view's own option: font, aria, transparent background, colours. */
export function baseOption(scheme: ColorScheme): EChartsCoreOption {
  const text = scheme === 'dark' ? '#e8e8ea' : '#1c1c1e';
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: CHART_FONT, color: text },
    aria: { enabled: true },
    animationDuration: 300,
  };
}

/** The view's option laid over the base (top-level keys of the view win; textStyle is merged). */
export function withBase(
  option: EChartsCoreOption,
  scheme: ColorScheme,
  description?: string,
): EChartsCoreOption {
  const base = baseOption(scheme);
  const textStyle = {
    ...(base.textStyle as object),
    ...((option.textStyle as object | undefined) ?? {}),
  };
  const aria = {
    ...(base.aria as object),
    ...(description ? { label: { description } } : {}),
    ...((option.aria as object | undefined) ?? {}),
  };
  return { ...base, ...option, textStyle, aria };
}

/** Resolves once the Thai font is loaded, so ECharts measures text right at init. */
export function fontsReady(): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return Promise.resolve();
  return Promise.all([fonts.load('400 14px Sarabun', 'ก1'), fonts.ready])
    .then(() => undefined)
    .catch(() => undefined);
}
