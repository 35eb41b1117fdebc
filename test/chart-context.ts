import { escapeTooltip } from '@/shared/chart/escape-tooltip';
import { INK, type ChartContext } from '@/shared/chart/chart-context';

/** The chart context option builders are tested with: Thai, Arabic digits, light theme, laptop width. */
export const CHART_CONTEXT: ChartContext = {
  lang: 'th',
  num: (v: number) => v.toFixed(2),
  int: (v: number) => String(v),
  year: (y: number) => String(y),
  escape: escapeTooltip,
  ink: INK.light,
  narrow: false,
};

/** The same on a phone. */
export const PHONE_CONTEXT: ChartContext = { ...CHART_CONTEXT, narrow: true };
