import type { Indicator, Project, ProjectFunding } from '../../../lib/domain/types';
import { level1Of } from '../../../lib/domain/projects/indicator-tree';
import { parseIndicatorValue } from '../../../lib/domain/projects/indicator-value';

/** [二级指标, 三级指标, 指标值 as printed]; the 一级指标 follows from the 二级. */
export type IndicatorRow = readonly [level2: string, name: string, value: string];

export function indicators(rows: readonly IndicatorRow[]): Indicator[] {
  return rows.map(([level2, name, value]) => {
    const level1 = level1Of(level2);
    if (!level1) throw new Error(`非标准二级指标：${level2}`);
    return { level1, level2, name, value: parseIndicatorValue(value) };
  });
}

/** Funds by level as the form prints them: the four levels given (0 when none), 其他资金 blank. */
export function funds(level: 'CENTRAL' | 'PROVINCIAL' | 'CITY_COUNTY', amount: string): ProjectFunding {
  return { CENTRAL: '0', PROVINCIAL: '0', CITY_COUNTY: '0', SELF_RAISED: '0', [level]: amount };
}

/** Fields every 2026 project of unit 029 shares. */
export const COMMON_2026 = {
  unitCode: '029',
  originYear: 2026,
  attribute: '经常性项目（长期开展）',
  period: '99年',
  manager: '',
  handler: '',
  phone: '',
} satisfies Partial<Project>;
