import { FUND_SOURCE_LABELS, PROJECT_FUNDING_LEVEL_LABELS, type ProjectFundingLevel } from '../domain/types';

// The entry workbook's layout, shared by the writer and the reader so that a round trip changes nothing.

export const SHEETS = { lines: '支出明细', projects: '项目', indicators: '绩效指标' } as const;
export const LIST_SHEETS = { functions: '功能科目表', deptEcon: '部门经济科目表', govEcon: '政府经济科目表', options: '选项' } as const;

export const LINE_HEADERS = ['行号', '功能科目', '支出类型', '项目编码', '部门经济科目', '政府经济科目', '资金来源', '当年/上年结转', '金额（元）'] as const;

export const FUNDING_LEVELS = Object.keys(PROJECT_FUNDING_LEVEL_LABELS) as ProjectFundingLevel[];
export const PROJECT_TEXT_FIELDS = [
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['safeguards', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
  ['goalPeriod', '实施期目标'],
  ['goalYear', '年度目标'],
  ['manager', '负责人'],
  ['handler', '经办人'],
  ['phone', '联系电话'],
  ['filledAt', '填报日期'],
] as const;
export const PROJECT_HEADERS = [
  '项目编码',
  '项目名称',
  '设立年度',
  '项目类别',
  '项目属性',
  '项目期',
  ...FUNDING_LEVELS.map((l) => `实施期资金·${PROJECT_FUNDING_LEVEL_LABELS[l]}`),
  ...FUNDING_LEVELS.map((l) => `年度资金·${PROJECT_FUNDING_LEVEL_LABELS[l]}`),
  ...PROJECT_TEXT_FIELDS.map(([, label]) => label),
];

export const INDICATOR_HEADERS = ['项目编码', '目标期间', '一级指标', '二级指标', '三级指标', '比较符', '数值', '单位', '文字指标值'] as const;

export const KIND_TEXT = { BASIC: '基本支出', PROJECT: '项目支出' } as const;
export const TIMING_TEXT = { CURRENT: '当年预算安排', CARRYOVER: '上年结转' } as const;
export const SCOPE_TEXT = { PERIOD: '实施期', YEAR: '年度' } as const;
export const SOURCE_TEXT = FUND_SOURCE_LABELS;

export const MAX_TEMPLATE_ROWS = 5000;
/** The most rows an import reads from a sheet (支出明细, 项目, 绩效指标); a longer sheet is refused. */
export const MAX_LINE_ROWS = 50_000;
export const overLimit = (sheet: string) => `工作表“${sheet}”超过${MAX_LINE_ROWS.toLocaleString('en-US')}行，请删除多余的行或分批导入`;
export const LINES_OVER_LIMIT = overLimit(SHEETS.lines);

export const codeLabel = (code: string, names: Map<string, string>) => (names.has(code) ? `${code} ${names.get(code)}` : code);
/** "2013801 行政运行" or "2013801" → "2013801". */
export const codeOf = (cell: string) => cell.trim().split(/\s+/)[0] ?? '';

export const reverse = <K extends string>(m: Record<K, string>) => new Map(Object.entries(m).map(([k, v]) => [v as string, k as K]));
