import type { NarrativeReasons } from './types';

// Chinese labels of the entry fields, shared by the server's validation messages and the workspace forms.

export const REASON_LABELS: Record<keyof NarrativeReasons, string> = {
  totalChange: '一、收支总计增减原因',
  generalChange: '五、一般公共预算当年支出增减原因',
  threePublicChange: '七、“三公”经费总额增减原因',
  abroadChange: '七、因公出国（境）费增减原因',
  receptionChange: '七、公务接待费增减原因',
  vehiclePurchaseChange: '七、公务用车购置费增减原因',
  vehicleOperationChange: '七、公务用车运行维护费增减原因',
  operatingCostChange: '八、机关运行经费增减原因',
  procurementNote: '十二（一）政府购买服务说明',
  otherNote: '十二（二）其他说明',
};

export const LINE_COLUMNS = {
  key: '行号',
  functionCode: '功能科目',
  kind: '支出类型',
  projectCode: '项目',
  deptEconCode: '部门经济科目',
  govEconCode: '政府经济科目',
  source: '资金来源',
  timing: '当年/上年结转',
  amount: '金额（元）',
} as const;
export type LineColumn = keyof typeof LINE_COLUMNS;

export const PRIOR_YEAR_LABELS = {
  totalIncome: '上年预算收入总计',
  totalExpenditure: '上年预算支出总计',
  generalCurrentExpenditure: '上年一般公共预算当年支出',
  abroad: '上年因公出国（境）费',
  reception: '上年公务接待费',
  vehiclePurchase: '上年公务用车购置费',
  vehicleOperation: '上年公务用车运行维护费',
  operatingCost: '上年机关运行经费',
} as const;
export type PriorYearField = keyof typeof PRIOR_YEAR_LABELS;

export type BudgetStatusName = 'DRAFT' | 'SUBMITTED' | 'FORWARDED' | 'RETURNED' | 'APPROVED' | 'PUBLISHED';
export const BUDGET_STATUS_LABELS: Record<BudgetStatusName, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  FORWARDED: '待财政审核',
  RETURNED: '退回修改',
  APPROVED: '已批复',
  PUBLISHED: '已公开',
};

export const PROJECT_CATEGORIES = ['公共运转类', '其他运转类', '特定目标类'];
export const PROJECT_ATTRIBUTES = ['经常性项目（长期开展）', '经常性项目（阶段性）', '一次性项目'];

/** 追加 adds the workbook's lines and projects; 整体替换 makes them the budget's (lib/data/entry/import-plan.ts). */
export const IMPORT_MODE_LABELS: Record<'append' | 'replace', string> = { append: '追加', replace: '整体替换' };
