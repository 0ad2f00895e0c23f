import type { ProjectPerformanceTable } from '../domain/projects/performance-table';

// The official 项目支出绩效目标表 layout as a grid of merged cells (8 columns), rendered alike by the
// page, the PDF, Word and Excel.

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  header?: boolean;
  align?: 'left' | 'right' | 'center';
}

export const PERFORMANCE_COLUMNS = 8;

const th = (text: string, colSpan?: number, rowSpan?: number): GridCell => ({ text, colSpan, rowSpan, header: true });
const td = (text: string, colSpan?: number, align: GridCell['align'] = 'left'): GridCell => ({ text, colSpan, align });
const num = (text: string, colSpan?: number): GridCell => ({ text, colSpan, align: 'right' });

export function performanceGrid(p: ProjectPerformanceTable): GridCell[][] {
  const rows: GridCell[][] = [
    [th('项目名称'), td(p.projectName, 7)],
    [th('主管部门及代码'), td(p.department, 3), th('实施单位'), td(p.implementingUnit, 3)],
    [th('项目属性'), td(p.attribute, 3), th('项目期'), td(p.period, 3)],
    [th('项目资金（元）', undefined, 1 + p.fundRows.length), th('实施期资金总额', 2), num(p.fundsPeriodTotal), th('年度资金总额', 2), num(p.fundsYearTotal, 2)],
    ...p.fundRows.map((f, i) => {
      const label = `${i === 0 ? '其中：' : ''}${f.label}`;
      return [th(label, 2), num(f.period), th(label, 2), num(f.year, 2)];
    }),
    [th('项目概况'), td(p.overview, 7)],
    [th('立项依据'), td(p.basis, 7)],
    [th('项目设立必要性'), td(p.necessity, 7)],
    [th('保证项目实施的制度、措施'), td(p.safeguards, 7)],
    [th('项目实施计划'), td(p.plan, 7)],
    [th('总体目标', undefined, 2), th('实施期目标', 3), th('年度目标', 4)],
    [td(p.goalPeriod, 3), td(p.goalYear, 4)],
  ];
  const indicators = p.indicatorRows;
  rows.push([th('绩效指标', undefined, 2 + Math.max(indicators.length, 1)), th('一级指标', undefined, 2), th('实施期指标', 3), th('年度指标', 3)]);
  rows.push([th('二级指标'), th('三级指标'), th('指标值'), th('二级指标'), th('三级指标'), th('指标值')]);
  if (indicators.length === 0) rows.push([td('无', 7, 'center')]);
  for (const r of indicators) {
    const row: GridCell[] = [];
    if (r.level1RowSpan > 0) row.push({ text: r.level1, rowSpan: r.level1RowSpan, align: 'center' });
    for (const side of [r.period, r.year]) {
      if (side.level2RowSpan > 0) row.push({ text: side.level2, rowSpan: side.level2RowSpan, align: 'center' });
      row.push(td(side.name), td(side.value, undefined, 'center'));
    }
    rows.push(row);
  }
  rows.push([th('负责人'), td(p.manager), th('经办人'), td(p.handler), th('联系电话'), td(p.phone), th('填报日期'), td(p.filledAt)]);
  return rows;
}
