// The engine's input and output contract. Everything in lib/domain is pure: no I/O.
// Money crosses this boundary as strings of 元 with at most two decimals ("12345.67"),
// never as numbers; inside the engine it is decimal.js.

import type { ProjectPerformanceTable } from './projects/performance-table';
import type { EconMappingEntry } from './catalog/econ-pairs';

export type UnitKind = 'ADMIN' | 'CIVIL_SERVANT_INSTITUTION' | 'INSTITUTION';
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  ADMIN: '行政单位',
  CIVIL_SERVANT_INSTITUTION: '参照公务员法管理事业单位',
  INSTITUTION: '事业单位',
};

export type FundSource = 'GENERAL' | 'GOV_FUND' | 'STATE_CAPITAL' | 'SPECIAL_ACCOUNT' | 'UNIT_OWN';
export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  GENERAL: '一般公共预算',
  GOV_FUND: '政府性基金预算',
  STATE_CAPITAL: '国有资本经营预算',
  SPECIAL_ACCOUNT: '财政专户管理资金',
  UNIT_OWN: '单位资金',
};
/** 财政拨款 = the three fiscal fund types. */
export const FISCAL_SOURCES: readonly FundSource[] = ['GENERAL', 'GOV_FUND', 'STATE_CAPITAL'];

export type SpendingKind = 'BASIC' | 'PROJECT'; // 基本支出 / 项目支出
export type FundTiming = 'CURRENT' | 'CARRYOVER'; // 当年预算安排 / 上年结转

export interface CatalogEntry {
  code: string;
  name: string;
}

/** One fiscal year's catalogues. Function codes are 3/5/7 digits (类/款/项), economic codes 3/5 (类/款). */
export interface YearCatalogs {
  functions: CatalogEntry[];
  deptEconomic: CatalogEntry[];
  govEconomic: CatalogEntry[];
  /** The year's 两套经济分类对照表; absent in inputs frozen before it was carried (the class rules judge then). */
  econMapping?: EconMappingEntry[];
}

export interface ExpenditureLine {
  id: string;
  functionCode: string; // 7-digit 项
  kind: SpendingKind;
  projectCode: string | null; // required for PROJECT, null for BASIC
  deptEconCode: string; // 5-digit 部门经济科目
  govEconCode: string; // 5-digit 政府经济科目
  source: FundSource;
  timing: FundTiming;
  amount: string; // 元
}

export type ProjectFundingLevel = 'CENTRAL' | 'PROVINCIAL' | 'CITY_COUNTY' | 'SELF_RAISED' | 'OTHER';
export const PROJECT_FUNDING_LEVEL_LABELS: Record<ProjectFundingLevel, string> = {
  CENTRAL: '中央财政资金',
  PROVINCIAL: '省级财政资金',
  CITY_COUNTY: '市县(区)财政资金',
  SELF_RAISED: '单位自筹',
  OTHER: '其他资金',
};
/** 元 by level; a level left out is shown blank, a level given as "0" is shown 0. */
export type ProjectFunding = Partial<Record<ProjectFundingLevel, string>>;

export type IndicatorComparator = '≥' | '≤' | '=' | '>' | '<';
export interface IndicatorValue {
  comparator?: IndicatorComparator | null;
  number?: string | null;
  unit?: string | null;
  /** Free-text value such as 有效消除 or 2026年12月底前; used when number is absent. */
  text?: string | null;
}
export interface Indicator {
  level1: string; // 产出指标 / 效益指标 / 满意度指标
  level2: string; // 数量指标, 质量指标, 时效指标, 成本指标, 经济效益, 社会效益, 生态效益, 可持续影响, 服务对象满意度
  name: string; // 三级指标
  value: IndicatorValue;
}

export interface Project {
  code: string;
  name: string;
  unitCode: string;
  /** Fiscal year in which the project was first budgeted (2025 for a 2025 carry-over project). */
  originYear: number;
  category: string; // 其他运转类 / 特定目标类 / 公共运转类 …
  attribute: string; // 经常性项目（长期开展） / 一次性项目
  period: string | null; // 项目期, e.g. "99年"
  fundingPeriod: ProjectFunding; // 实施期资金总额 by level
  fundingYear: ProjectFunding; // 年度资金总额 by level
  overview: string; // 项目概况
  basis: string; // 立项依据
  necessity: string; // 项目设立必要性
  safeguards: string; // 保证项目实施的制度、措施
  plan: string; // 项目实施计划
  goalPeriod: string; // 总体目标 实施期目标
  goalYear: string; // 总体目标 年度目标
  indicatorsPeriod: Indicator[];
  indicatorsYear: Indicator[];
  manager: string; // 负责人
  handler: string; // 经办人
  phone: string; // 联系电话
  filledAt: string; // 填报日期 as printed, e.g. "20251224133049"
}

export type ProcurementCategory = 'GOODS' | 'WORKS' | 'SERVICES';
export interface ProcurementItem {
  id: string;
  category: ProcurementCategory;
  catalogCode: string; // e.g. A02010105
  name: string;
  amount: string; // 元
}

export type VehicleKind = 'LEADER' | 'CONFIDENTIAL' | 'EMERGENCY' | 'LAW_ENFORCEMENT' | 'SPECIAL_TECHNICAL' | 'INSTITUTION_BUSINESS' | 'OTHER';
export const VEHICLE_KIND_LABELS: Record<VehicleKind, string> = {
  LEADER: '领导用车',
  CONFIDENTIAL: '机要通信用车',
  EMERGENCY: '应急保障用车',
  LAW_ENFORCEMENT: '执法执勤用车',
  SPECIAL_TECHNICAL: '特种专业技术用车',
  INSTITUTION_BUSINESS: '事业单位业务用车',
  OTHER: '其他公务用车',
};

/**
 * 国有资产占有使用情况 as of `asOf` (default 31 December of the prior year).
 * Unknown is not zero: null is 未填 and is never printed or counted as 0.
 */
export interface Assets {
  asOf: string; // YYYY-MM-DD, printed 截至YYYY年M月D日
  vehicleQuota: number | null; // 公务用车编制数
  vehicles: Record<VehicleKind, number | null>; // 实有数 by kind
  officeArea: string | null; // 办公用房建筑总面积, 平方米
  equipmentOver50: number | null; // 单价50万元（原值）以上通用设备 台（套）
  equipmentOver100: number | null; // 单价100万元以上
  plannedPurchases: Partial<Record<VehicleKind, number>>; // vehicles to buy in the budget year by kind; absent = none
}

/** Figures of the prior year's budget that the narrative compares against, in 元; null = 未填 (unknown). */
export interface PriorYearFigures {
  totalIncome: string | null; // 上年预算收入总计
  totalExpenditure: string | null; // 上年预算支出总计
  generalCurrentExpenditure: string | null; // 上年一般公共预算当年支出
  threePublic: {
    abroad: string | null; // 因公出国（境）费
    reception: string | null; // 公务接待费
    vehiclePurchase: string | null; // 公务用车购置费
    vehicleOperation: string | null; // 公务用车运行维护费
  };
  operatingCost: string | null; // 机关运行经费
}

/** 政府采购 amounts (元) reserved for 中小企业 and, of them, for 小微企业; null = 未填. */
export interface ProcurementReserve {
  sme: string | null;
  smallMicro: string | null;
}

/** Where a 沿用上年 copy is still unreviewed: reasons by key, the profile, the assets, project codes. */
export type CarriedOverItem = `reasons.${keyof NarrativeReasons}` | 'profile' | 'assets' | `project.${string}`;

/** Typed-in reasons that the 第三部分 narrative quotes verbatim, stored without a leading 主要原因是. Empty string = not given. */
export interface NarrativeReasons {
  totalChange: string; // 一、收支总计增减原因
  generalChange: string; // 五、一般公共预算当年支出增减原因
  threePublicChange: string; // 七、三公经费总额增减原因
  abroadChange: string;
  receptionChange: string;
  vehiclePurchaseChange: string;
  vehicleOperationChange: string;
  operatingCostChange: string; // 八、机关运行经费增减原因
  procurementNote: string; // 十二（一）政府购买服务说明
  otherNote: string; // 十二（二）其他
}

/** Staffing figures; null = 未填 (unknown, never 0). */
export interface Staffing {
  internalDivisions: number | null; // 内设科室数
  authorizedHeadcount: number | null; // 核定编制数
  actualHeadcount: number | null; // 实际在编人数
  otherPersonnel: number | null; // 其他人员
}

export interface OrgInfo {
  code: string; // e.g. "029"
  name: string;
  kind: UnitKind;
  duties: string; // 本单位职责
  structure: string; // 机构设置情况 text
  staffing: Staffing;
}

/** One unit's budget for one fiscal year. */
export interface UnitBudget {
  unit: OrgInfo;
  lines: ExpenditureLine[];
  projects: Project[]; // current-year projects and any carry-over projects referenced by lines
  procurement: ProcurementItem[];
  procurementReserve: ProcurementReserve;
  assets: Assets;
  priorYear: PriorYearFigures;
  reasons: NarrativeReasons;
  /** 沿用上年 copies not yet reviewed (saved) by the user; empty when none. */
  carriedOver: CarriedOverItem[];
}

/**
 * What one disclosure document is derived from. A 单位 document has one unit whose department
 * is itself; a 部门 document consolidates every unit under the department.
 */
export interface DisclosureInput {
  year: number;
  scope: 'UNIT' | 'DEPARTMENT';
  org: OrgInfo; // the unit (scope UNIT) or the department (scope DEPARTMENT)
  units: UnitBudget[];
  catalogs: YearCatalogs;
}

// ---- Output: the derived document (also the open-data JSON format) ----

export interface DerivedTable {
  no: number; // 1..13
  title: string; // e.g. "2026年预算收支总表"
  orgName: string; // 单位名称 line
  unit: string; // "万元"
  /** Header rows as printed; a merged cell is given once with its span, covered cells are omitted. */
  header: HeaderCell[][];
  /** Body rows as displayed strings, blank as ''. */
  rows: string[][];
  /** Exact 元 values behind amount cells (same shape as rows; null for text/blank cells). */
  exact: (string | null)[][];
  notes: string[];
  empty: boolean; // true when the table prints 注：本表无数据
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface NarrativeSection {
  no: string; // "一" … "十二"
  title: string;
  text: string; // paragraphs separated by \n
}

export type CheckSeverity = 'BLOCKING' | 'WARNING';
export interface CheckFigure {
  label: string; // e.g. 表一 收入总计
  source: string; // where it comes from, e.g. "表一 第34行 收入总计"
  value: string; // 元, exact
  display: string; // 万元 as displayed
}
export interface CheckResult {
  rule: string; // stable id, e.g. "T1_INCOME_EQ_EXPENDITURE"
  name: string; // Chinese rule name
  severity: CheckSeverity;
  passed: boolean;
  message: string; // Chinese, names the disagreeing figures
  figures: CheckFigure[];
  /** What the check concerns, for linking from the UI: line ids, project codes, table numbers. */
  refs: { lineIds?: string[]; projectCodes?: string[]; tables?: number[]; fields?: string[] };
}

export interface DerivedDocument {
  org: { code: string; name: string; kind: UnitKind };
  year: number;
  scope: 'UNIT' | 'DEPARTMENT';
  /** The regional template the tables are laid out in (absent in documents stored before templates). */
  template?: { id: string; version: number };
  /** The year's overrides of the template's fixed phrases (lib/domain/templates/fixed-phrases.ts); absent = defaults. */
  phrases?: Record<string, string>;
  tables: DerivedTable[];
  narrative: NarrativeSection[];
  projects: ProjectPerformanceTable[]; // 项目支出绩效目标表, one per current-year project
  checks: CheckResult[];
}
