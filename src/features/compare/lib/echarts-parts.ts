/** The ECharts parts the compare view draws beyond the shared ones (bar, grid, tooltip, aria). */
import { HeatmapChart, RadarChart } from 'echarts/charts';
import {
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { use as registerParts } from 'echarts/core';

registerParts([
  HeatmapChart,
  RadarChart,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  VisualMapPiecewiseComponent,
]);
