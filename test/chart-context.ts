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

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
