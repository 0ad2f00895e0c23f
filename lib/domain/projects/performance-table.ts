/** The 项目支出绩效目标表 of one project, every cell as displayed; funds in 元. */
export interface ProjectPerformanceTable {
  projectCode: string;
  unitCode: string;
  title: string; // 项目支出绩效目标表
  yearLabel: string; // （2026年度）
  projectName: string; // 项目名称
  department: string; // 主管部门及代码, e.g. 029-阳泉市市场监督管理局
  implementingUnit: string; // 实施单位
  attribute: string; // 项目属性
  period: string; // 项目期
  fundsPeriodTotal: string; // 实施期资金总额, e.g. 5,400,000
  fundsYearTotal: string; // 年度资金总额
  /** 其中: one row per funding level, 实施期 and 年度 side by side; '' where the level is not given. */
  fundRows: PerformanceFundRow[];
  overview: string; // 项目概况
  basis: string; // 立项依据
  necessity: string; // 项目设立必要性
  safeguards: string; // 保证项目实施的制度、措施
  plan: string; // 项目实施计划
  goalPeriod: string; // 总体目标 · 实施期目标
  goalYear: string; // 总体目标 · 年度目标
  /** 绩效指标 rows: 一级指标 then 实施期 (二级, 三级, 指标值) and 年度 (二级, 三级, 指标值). */
  indicatorRows: PerformanceIndicatorRow[];
  manager: string; // 负责人
  handler: string; // 经办人
  phone: string; // 联系电话
  filledAt: string; // 填报日期
}

export interface PerformanceFundRow {
  label: string; // 中央财政资金 …
  period: string;
  year: string;
}

export interface IndicatorCell {
  level2: string;
  /** Rows the 二级指标 cell spans from this row; 0 on rows it covers. */
  level2RowSpan: number;
  name: string; // 三级指标
  value: string; // 指标值 as displayed, e.g. ≥300批次
}

export interface PerformanceIndicatorRow {
  level1: string;
  /** Rows the 一级指标 cell spans from this row; 0 on rows it covers. */
  level1RowSpan: number;
  period: IndicatorCell;
  year: IndicatorCell;
}
