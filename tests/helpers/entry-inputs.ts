import type { LineInput } from '../../lib/data/entry/line-rules';
import type { ProjectInput } from '../../lib/data/entry/project-rules';

/** A valid basic-spending line of 029 (2013801 / 30101 ↔ 50101, 1,000 元); `over` replaces any field. */
export const lineInput = (key: string, over: Partial<LineInput> = {}): LineInput => ({
  key,
  functionCode: '2013801',
  kind: 'BASIC',
  projectCode: null,
  deptEconCode: '30101',
  govEconCode: '50101',
  source: 'GENERAL',
  timing: 'CURRENT',
  amount: '1000.00',
  ...over,
});

/** A valid one-year project with one indicator and 500,000 元 of city/county funds; `over` replaces any field. */
export const projectInput = (code: string, over: Partial<ProjectInput> = {}): ProjectInput => ({
  code,
  name: '食品安全抽检',
  originYear: 2027,
  category: '特定目标类',
  attribute: '一次性项目',
  period: '1年',
  fundingPeriod: { CITY_COUNTY: '500000' },
  fundingYear: { CITY_COUNTY: '500000' },
  overview: '',
  basis: '',
  necessity: '',
  safeguards: '',
  plan: '',
  goalPeriod: '完成抽检',
  goalYear: '完成抽检',
  indicatorsPeriod: [],
  indicatorsYear: [{ level1: '产出指标', level2: '数量指标', name: '抽检批次', value: { comparator: '≥', number: '1000', unit: '批次' } }],
  manager: '',
  handler: '',
  phone: '',
  filledAt: '',
  ...over,
});
