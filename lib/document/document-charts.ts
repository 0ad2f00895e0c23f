import { allZero, generalStructureSlices, threePublicItems } from './chart-data';
import type { FrozenDisclosure } from './frozen-disclosure';
import { generalStructureSvg, threePublicSvg } from './render-chart-svg';
import { versionMemo } from './version-memo';

export const GENERAL_CHART_TITLE = '一般公共预算当年拨款结构图';
export const THREE_PUBLIC_CHART_TITLE = '三公经费分布图';

export interface DocumentChart {
  id: string;
  title: string;
  /** Inline SVG, or null when there is nothing to draw (then `note` says why). */
  svg: string | null;
  note: string | null;
  /** The narrative section the chart follows. */
  after: string;
}

const memo = versionMemo<DocumentChart[]>();

/** Both charts of 第三部分, drawn from the frozen tables (and the frozen prior-year 三公 figures); drawn once per published version. */
export function documentCharts(d: FrozenDisclosure): DocumentChart[] {
  return memo(d.versionId, () => drawCharts(d));
}

function drawCharts(d: FrozenDisclosure): DocumentChart[] {
  const doc = d.document;
  const general = generalStructureSvg(GENERAL_CHART_TITLE, generalStructureSlices(doc));
  const items = threePublicItems(doc, d.priorThreePublic);
  const currentZero = allZero(items.map((i) => i.current));
  const prior = items.some((i) => i.prior !== null) ? `${doc.year - 1}年` : '';
  const three = threePublicSvg(THREE_PUBLIC_CHART_TITLE, doc.year, items);
  const threeNote = !currentZero
    ? null
    : three
      ? `${doc.year}年财政拨款安排的“三公”经费预算为0万元，各项均为0；图中为与${prior}预算的对比。`
      : `${doc.year}年财政拨款安排的“三公”经费预算为0万元${prior ? `，${prior}亦为0万元` : ''}，无分布可绘制。`;
  return [
    {
      id: 'chart-general',
      title: GENERAL_CHART_TITLE,
      svg: general,
      note: general ? null : `${doc.year}年无一般公共预算当年拨款，无结构可绘制。`,
      after: '五',
    },
    { id: 'chart-three-public', title: THREE_PUBLIC_CHART_TITLE, svg: three, note: threeNote, after: '七' },
  ];
}
