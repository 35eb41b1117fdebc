/**
 * The ECharts parts the trends view draws with, registered once (the shared chart registers the
 * renderer, grid, tooltip, aria and bar chart). Imported by the chart components before they render.
 */
import { HeatmapChart, LineChart } from 'echarts/charts';
import {
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { use as registerParts } from 'echarts/core';

registerParts([
  LineChart,
  HeatmapChart,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  VisualMapPiecewiseComponent,
]);
