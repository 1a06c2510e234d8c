// Only the parts of ECharts the 报表 charts use (issue 17: keep the chunk small).
import { init, use as register, type EChartsType } from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

register([LineChart, BarChart, HeatmapChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** SVG, so the charts stay sharp when the weekly report is printed to PDF. */
export const initChart = (el: HTMLElement): EChartsType => init(el, undefined, { renderer: 'svg' });
export type { EChartsType };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
