// A budget with nothing in it cannot be submitted: no expenditure line, or lines adding up to 0 元,
// give a 收支总计 of 0 (every income and expenditure figure is derived from the lines).
import { yuan } from '../money';
import { centsToYuan } from '../tables/cents';
import { buildContext, type TableContext } from '../tables/context';
import type { CheckResult, DisclosureInput } from '../types';
import { failure, figure, outcome, rule } from './check-result';

export const BUDGET_NOT_EMPTY = rule('BUDGET_NOT_EMPTY', '预算收支总计不为0');

export const NO_LINES_MESSAGE = '预算收支总计为0（尚未填报任何支出明细），不能提交';
export const ZERO_LINES_MESSAGE = '预算收支总计为0（支出明细金额合计为0），不能提交';

export function budgetNotEmpty(input: DisclosureInput, sums: TableContext = buildContext(input)): CheckResult[] {
  const cents = sums.all.total();
  if (cents !== 0n) return outcome(BUDGET_NOT_EMPTY, []);
  const total = yuan(centsToYuan(cents));
  const message = sums.lineCount === 0 ? NO_LINES_MESSAGE : ZERO_LINES_MESSAGE;
  return [failure(BUDGET_NOT_EMPTY, message, [figure('收支总计', '支出明细合计', total)], { tables: [1] })];
}
