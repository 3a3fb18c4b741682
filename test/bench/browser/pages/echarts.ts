// Apache ECharts drawing the same data as our pie, funnel and matrix (a 3×3 heatmap with the
// matrix's counts). A minimal build (echarts/core + the three charts and the components they
// use); both renderers are registered, the case name picks one. Animation is off: our widgets
// draw their final state at once, and the first frame should show the chart, not its start.
import { FunnelChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { ABC, funnelStages, matrixCounts, pieSlices, XYZ } from './data.js';
import { registerCases, type BenchCase } from './harness.js';

echarts.use([
  PieChart,
  FunnelChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
  CanvasRenderer,
]);

type Option = echarts.EChartsCoreOption;

const pieOption = (): Option => ({
  animation: false,
  tooltip: { trigger: 'item' },
  legend: { bottom: 0 },
  series: [{ type: 'pie', radius: ['40%', '70%'], data: pieSlices(), label: { formatter: '{b}: {d} %' } }],
});

const funnelOption = (): Option => ({
  animation: false,
  tooltip: { trigger: 'item' },
  series: [{ type: 'funnel', sort: 'none', data: funnelStages(), label: { position: 'inside' } }],
});

const heatmapOption = (): Option => {
  const data = matrixCounts();
  return {
    animation: false,
    tooltip: {},
    grid: { top: 20, bottom: 60 },
    xAxis: { type: 'category', data: [...XYZ] },
    yAxis: { type: 'category', data: [...ABC] },
    visualMap: {
      min: 0,
      max: Math.max(...data.map((d) => d[2])),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
    },
    series: [{ type: 'heatmap', data, label: { show: true } }],
  };
};

function chart(renderer: 'svg' | 'canvas', make: () => Option): BenchCase {
  let option: Option | undefined;
  let instance: echarts.ECharts | undefined;
  return {
    prepare() {
      option = make();
    },
    async mount(host) {
      const box = document.createElement('div');
      box.className = 'box';
      host.append(box);
      instance = echarts.init(box, null, { renderer });
      instance.setOption(option as Option);
    },
    unmount() {
      instance?.dispose();
      instance = undefined;
    },
    check(host) {
      const drawn =
        renderer === 'svg'
          ? host.querySelectorAll('svg path, svg rect').length
          : host.querySelectorAll('canvas').length;
      if (drawn === 0) throw new Error(`ECharts (${renderer}) drew nothing`);
      return renderer === 'svg' ? `${drawn} SVG shapes` : `${drawn} canvas`;
    },
  };
}

registerCases({
  'pie-svg': chart('svg', pieOption),
  'pie-canvas': chart('canvas', pieOption),
  'funnel-svg': chart('svg', funnelOption),
  'funnel-canvas': chart('canvas', funnelOption),
  'heatmap-svg': chart('svg', heatmapOption),
  'heatmap-canvas': chart('canvas', heatmapOption),
});
