/**
 * ECharts, imported per part from `echarts/core` so the bundle holds only what is drawn. This module
 * registers what the shared chart component itself needs (the canvas renderer, aria, tooltip, grid and
 * the bar chart); a view that draws another chart type registers it in its own module with
 * `use([LineChart, …])` from 'echarts/core' before rendering <EChart>.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([BarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export { init, format } from 'echarts/core';
export type { ECharts, EChartsCoreOption } from 'echarts/core';
