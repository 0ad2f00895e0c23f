import { describe, expect, it } from 'vitest';
import { blockingFailures } from './index';
import { checksOf, sampleWith } from './__fixtures__/sample-checks';

const RULES: [string, 'BLOCKING' | 'WARNING'][] = [
  ['AMOUNTS_VALID', 'BLOCKING'],
  ['BUDGET_NOT_EMPTY', 'BLOCKING'],
  ['LINE_PROJECT_LINK', 'BLOCKING'],
  ['LINE_FUNCTION_CODE', 'BLOCKING'],
  ['LINE_ECON_CODE', 'BLOCKING'],
  ['ECON_PAIR_CLASS', 'WARNING'],
  ['CARRYOVER_LINE_PROJECT', 'WARNING'],
  ['PROCUREMENT_TOTAL', 'BLOCKING'],
  ['PROCUREMENT_ITEM_CODE', 'WARNING'],
  ['TABLES_PRESENT', 'BLOCKING'],
  ['T1_TOTAL_BALANCE', 'BLOCKING'],
  ['T1_INCOME_SOURCES', 'BLOCKING'],
  ['T1_TOTAL_COMPOSITION', 'BLOCKING'],
  ['T1_EXPENDITURE_CLASSES', 'BLOCKING'],
  ['T2_TOTAL_EQ_T1', 'BLOCKING'],
  ['T3_TOTAL_EQ_T1', 'BLOCKING'],
  ['T4_TOTAL_BALANCE', 'BLOCKING'],
  ['ROW_BASIC_PLUS_PROJECT', 'BLOCKING'],
  ['FUNCTION_TREE_SUMS', 'BLOCKING'],
  ['T5_GENERAL_CURRENT_OF_T3', 'BLOCKING'],
  ['T6_TOTAL_EQ_T5_BASIC', 'BLOCKING'],
  ['T6_PERSONNEL_PLUS_PUBLIC', 'BLOCKING'],
  ['T6_CLASS_SUBTOTALS', 'BLOCKING'],
  ['T10_PARTS', 'BLOCKING'],
  ['T11_EQ_T6_PUBLIC', 'BLOCKING'],
  ['ROW_SOURCE_COLUMNS', 'BLOCKING'],
  ['SUBTOTAL_ROWS', 'BLOCKING'],
  ['T12_EQ_T5_PROJECT', 'BLOCKING'],
  ['T13_EQ_CARRYOVER', 'BLOCKING'],
  ['PROJECT_YEAR_FUNDS_EQ_T12', 'BLOCKING'],
  ['PERFORMANCE_COVERAGE', 'BLOCKING'],
  ['PROJECT_FUNDS_WITHIN_PERIOD', 'WARNING'],
  ['CHANGE_REASON_MISSING', 'WARNING'],
  ['PRIOR_YEAR_MISSING', 'WARNING'],
  ['PROFILE_FIGURE_MISSING', 'WARNING'],
  ['ASSET_FIGURE_MISSING', 'WARNING'],
  ['CARRIED_OVER_UNREVIEWED', 'WARNING'],
  ['NARRATIVE_EQ_TABLES', 'BLOCKING'],
];

describe('runChecks on the 阳泉 sample', () => {
  const checks = checksOf(sampleWith());

  it('runs every rule once with its severity', () => {
    expect(checks.map((c) => [c.rule, c.severity])).toEqual(RULES);
  });

  it('passes every blocking check', () => {
    expect(blockingFailures(checks)).toEqual([]);
  });

  it('warns only that 五 gives no reason for its change, as the seed does', () => {
    expect(checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual(['CHANGE_REASON_MISSING']);
    expect(checks.find((c) => c.rule === 'CHANGE_REASON_MISSING')!.refs).toEqual({ fields: ['reasons.generalChange'] });
  });

  it('reports a passed rule by its name', () => {
    expect(checks.find((c) => c.rule === 'T1_TOTAL_BALANCE')).toMatchObject({
      name: '表一收入总计等于支出总计',
      passed: true,
      message: '表一收入总计等于支出总计：通过',
    });
  });
});
