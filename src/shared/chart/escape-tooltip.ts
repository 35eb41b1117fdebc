import { format } from 'echarts/core';

/**
 * Escape a value for an ECharts tooltip or label: a function `formatter` returns raw HTML
 * (apache/echarts#14429), so every value that can come from a file (agency names, codes, headers) goes
 * through this before it is concatenated into the tooltip.
 */
export function escapeTooltip(value: unknown): string {
  return format.encodeHTML(value === null || value === undefined ? '' : String(value));
}
