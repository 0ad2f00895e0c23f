import * as echarts from 'echarts';
import { wan, wanText } from '../domain/money';
import { allZero, type ChartSlice, type ThreePublicItem } from './chart-data';

// Charts are drawn on the server as SVG strings (ECharts' SSR renderer), so they show without
// JavaScript, in print and in the PDF. Colours stay legible in greyscale print.

const FONT = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";
const PALETTE = ['#b3261e', '#0b57d0', '#1a7f37', '#b26a00', '#6e40c9', '#0e7490', '#9a3412', '#475569'];

function render(option: echarts.EChartsOption, width: number, height: number, label: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT }, ...option });
    const svg = chart.renderToSVGString();
    return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" `);
  } finally {
    chart.dispose();
  }
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** 一般公共预算当年拨款结构图: a pie of the 功能类 with amount and share on each label. */
export function generalStructureSvg(title: string, slices: ChartSlice[]): string | null {
  if (slices.length === 0) return null;
  const label = `${title}：` + slices.map((s) => `${s.name}${s.wan}万元，占${s.share}`).join('；');
  return render(
    {
      series: [
        {
          type: 'pie',
          radius: ['28%', '58%'],
          center: ['50%', '52%'],
          data: slices.map((s) => ({ name: s.name, value: Number(s.wan) })),
          label: {
            formatter: (p: { dataIndex: number }) => `${slices[p.dataIndex].name}\n${slices[p.dataIndex].wan}万元（${slices[p.dataIndex].share}）`,
            fontSize: 13,
            lineHeight: 18,
          },
          labelLine: { length: 12, length2: 10 },
        },
      ],
    },
    680,
    360,
    label,
  );
}

/** 三公经费分布图: the four items, this year beside the prior year's budget; null when every figure is 0. */
export function threePublicSvg(title: string, year: number, items: ThreePublicItem[]): string | null {
  if (items.length === 0 || allZero(items.flatMap((i) => [i.current, i.prior]))) return null;
  const hasPrior = items.some((i) => i.prior !== null);
  const series = [
    ...(hasPrior ? [{ name: `${year - 1}年预算`, values: items.map((i) => i.prior ?? '0') }] : []),
    { name: `${year}年预算`, values: items.map((i) => i.current) },
  ];
  const label =
    `${title}（万元）：` +
    items.map((i) => `${i.name}${year}年${wanText(i.current)}` + (i.prior !== null ? `、${year - 1}年${wanText(i.prior)}` : '')).join('；');
  return render(
    {
      legend: { top: 0, textStyle: { fontSize: 13 } },
      grid: { left: 60, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: items.map((i) => i.name), axisLabel: { fontSize: 12, interval: 0 } },
      yAxis: { type: 'value', name: '万元', axisLabel: { fontSize: 12 } },
      series: series.map((s) => ({
        type: 'bar' as const,
        name: s.name,
        data: s.values.map((v) => Number(wan(v))),
        label: { show: true, position: 'top' as const, fontSize: 12, formatter: (p: { value: unknown }) => Number(p.value).toFixed(2) },
        barMaxWidth: 36,
      })),
    },
    680,
    340,
    label,
  );
}
