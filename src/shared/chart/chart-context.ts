import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '@analysis/text/lang';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useColorScheme, useNarrow, type ColorScheme } from '@/shared/ui/media-query';
import { escapeTooltip } from './escape-tooltip';

/** Colours of the charts' text and thin marks for the page's theme: each reads at 4.5:1 or more on it. */
export interface ChartInk {
  /** The pass mark (85) and what falls short of it. */
  pass: string;
  /** What passes. */
  ok: string;
  /** Rule changes. */
  rule: string;
  /** Secondary text: band names, ratings under the years. */
  muted: string;
}

export const INK: Record<ColorScheme, ChartInk> = {
  light: { pass: '#b42318', ok: '#1c7a4a', rule: '#6b3fa0', muted: '#6b7280' },
  // The dark theme's own tokens (src/styles/app.css): the light ones are too dark on a dark page.
  dark: { pass: '#ff8a80', ok: '#7fd4a4', rule: '#c9a6f5', muted: '#a3a9b5' },
};

/**
 * Everything a chart's option depends on besides its data: the UI's language and digits, the escaping of
 * file text for tooltips, the theme's ink and the phone width. Every option builder has one signature,
 * `(data, context) => option` (OptionBuilder), so each is a pure function tested without a browser.
 */
export interface ChartContext {
  lang: Lang;
  /** Points at 2 decimals, in the UI's digits. */
  num: (v: number) => string;
  /** A whole number (axis ticks, counts, the pass mark). */
  int: (v: number) => string;
  /** A fiscal year (BE). */
  year: (y: number) => string;
  /** Text from a file made safe for an HTML tooltip (escapeTooltip). */
  escape: (v: unknown) => string;
  ink: ChartInk;
  /** Phone width: shorter labels, fewer marks. */
  narrow: boolean;
}

export type OptionBuilder<D> = (data: D, c: ChartContext) => EChartsCoreOption;

/** The chart context of the page as it is now (language, digits, theme, width). */
export function useChartContext(): ChartContext {
  const { lang, fmt } = useI18n();
  const scheme = useColorScheme();
  const narrow = useNarrow();
  return useMemo(
    () => ({
      lang,
      num: (v: number) => fmt.num(v),
      int: (v: number) => fmt.int(v),
      year: (y: number) => fmt.year(y),
      escape: escapeTooltip,
      ink: INK[scheme],
      narrow,
    }),
    [lang, fmt, scheme, narrow],
  );
}
