// Warnings for a figure that changed against the prior year with no typed-in reason. A comparison whose
// prior-year figure is unknown is not made (unknown-figure-rules asks for the figure instead).
import { yuan, type MoneyValue } from '../money';
import { knownSum } from '../unknown-figures';
import { money, OPERATING_COST_KINDS, operatingCostOf, threePublicOf, type ThreePublicItem } from '../narrative/figures';
import { buildContext, type TableContext } from '../tables/context';
import type { CheckResult, DisclosureInput, NarrativeReasons, PriorYearFigures } from '../types';
import { failure, figure, outcome, rule } from './check-result';

export const CHANGE_REASON_MISSING = rule('CHANGE_REASON_MISSING', '增减变动须说明原因', 'WARNING');

interface Comparison {
  what: string; // e.g. 一、预算收支总计
  current: MoneyValue;
  prior: MoneyValue | null;
  reason: keyof NarrativeReasons;
}

const THREE_PUBLIC_ITEMS: [ThreePublicItem, keyof PriorYearFigures['threePublic'], string, keyof NarrativeReasons][] = [
  ['abroad', 'abroad', '因公出国（境）费', 'abroadChange'],
  ['reception', 'reception', '公务接待费', 'receptionChange'],
  ['vehiclePurchase', 'vehiclePurchase', '公务用车购置费', 'vehiclePurchaseChange'],
  ['vehicleOperation', 'vehicleOperation', '公务用车运行维护费', 'vehicleOperationChange'],
];

function comparisons(input: DisclosureInput, sums: TableContext): Comparison[] {
  const prior = (pick: (p: PriorYearFigures) => string | null) => knownSum(input.units.map((u) => pick(u.priorYear)));
  const plus = (a: MoneyValue | null, b: MoneyValue | null) => (a === null || b === null ? null : a.plus(b));
  const items = THREE_PUBLIC_ITEMS.map(([item, key, what, reason]) => ({
    what: `七、${what}`,
    current: threePublicOf(sums, item),
    prior: prior((p) => p.threePublic[key]),
    reason,
  }));
  const list: Comparison[] = [
    { what: '一、预算收支总计', current: money(sums.all.total()), prior: prior((p) => p.totalIncome), reason: 'totalChange' },
    {
      what: '五、一般公共预算当年支出',
      current: money(sums.all.total({ sources: ['GENERAL'], timing: 'CURRENT' })),
      prior: prior((p) => p.generalCurrentExpenditure),
      reason: 'generalChange',
    },
    {
      what: '七、“三公”经费',
      current: items.reduce((s, i) => s.plus(i.current), yuan(0)),
      prior: items.reduce<MoneyValue | null>((s, i) => plus(s, i.prior), yuan(0)),
      reason: 'threePublicChange',
    },
    ...items,
  ];
  if (OPERATING_COST_KINDS.includes(input.org.kind)) {
    const current = operatingCostOf(sums);
    list.push({ what: '八、机关运行经费', current, prior: prior((p) => p.operatingCost), reason: 'operatingCostChange' });
  }
  return list;
}

export function reasonRules(input: DisclosureInput, sums: TableContext = buildContext(input)): CheckResult[] {
  const given = (key: keyof NarrativeReasons) => input.units.some((u) => u.reasons[key].trim() !== '');
  const failures = comparisons(input, sums).map((c) => {
    if (c.prior === null || c.current.eq(c.prior) || given(c.reason)) return null;
    const figures = [figure(`本年${c.what}`, '支出明细', c.current), figure(`上年${c.what}`, '上年预算数', c.prior)];
    const message = `${c.what} 本年 ${figures[0].display}，上年 ${figures[1].display}，有增减但未填写原因`;
    return failure(CHANGE_REASON_MISSING, message, figures, { fields: [`reasons.${c.reason}`] });
  });
  return outcome(CHANGE_REASON_MISSING, failures);
}
