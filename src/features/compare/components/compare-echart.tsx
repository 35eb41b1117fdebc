/** The shared chart component with the compare view's chart types registered (loaded lazily). */
import '../lib/echarts-parts';

export { EChart } from '@/shared/chart/echart';
