/**
 * How each chosen agency is drawn, by its number (0-based): a colour (Okabe–Ito, readable with colour
 * blindness), a symbol and a line type, so no chart tells agencies apart by colour alone.
 */
export const AGENCY_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8E6BBF',
  '#7F7F7F',
];
export const AGENCY_SYMBOLS = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'roundRect',
  'pin',
  'arrow',
  'emptyCircle',
];
export const AGENCY_LINES = [
  'solid',
  'dashed',
  'dotted',
  'solid',
  'dashed',
  'dotted',
  'solid',
  'dashed',
] as const;

export const colorOf = (i: number): string => AGENCY_COLORS[i % AGENCY_COLORS.length] as string;
export const symbolOf = (i: number): string => AGENCY_SYMBOLS[i % AGENCY_SYMBOLS.length] as string;
export const lineOf = (i: number): (typeof AGENCY_LINES)[number] =>
  AGENCY_LINES[i % AGENCY_LINES.length] as 'solid';

/** One chosen agency as the charts see it. */
export interface ChartAgency {
  /** Label on axes and legends: its number and short name, e.g. `1. อบต.บ้านใหม่` (unique). */
  label: string;
  /** Full name, for tooltips. */
  name: string;
  /** Indicators 1–10 (`values[i - 1]`), points; NaN unknown. */
  values: number[];
  overall: number;
}

/** Space (px) under a chart for a legend of n agencies wrapping `perRow` to a line, plus the axis. */
export function legendSpace(n: number, perRow: number, axis = 40): number {
  return axis + Math.ceil(n / Math.max(1, perRow)) * 24;
}
