// Every amount the derivation reads must be a valid 元 amount; the tables and texts cannot be
// derived otherwise, so deriveDocument stops at this check.
import { isValidAmount } from '../money';
import { PROJECT_FUNDING_LEVEL_LABELS, type CheckResult, type DisclosureInput, type PriorYearFigures, type ProjectFundingLevel } from '../types';
import { failure, outcome, rule, type Refs } from './check-result';
import { lineLabel } from './line-rules';

export const AMOUNTS_VALID = rule('AMOUNTS_VALID', '金额有效');

const INVALID = '无效（应为非负、最多两位小数的元金额）';

const PRIOR_YEAR_LABELS: [string, (p: PriorYearFigures) => string | null][] = [
  ['收入总计', (p) => p.totalIncome],
  ['支出总计', (p) => p.totalExpenditure],
  ['一般公共预算当年支出', (p) => p.generalCurrentExpenditure],
  ['因公出国（境）费', (p) => p.threePublic.abroad],
  ['公务接待费', (p) => p.threePublic.reception],
  ['公务用车购置费', (p) => p.threePublic.vehiclePurchase],
  ['公务用车运行维护费', (p) => p.threePublic.vehicleOperation],
  ['机关运行经费', (p) => p.operatingCost],
];

export function amountRules(input: DisclosureInput): CheckResult[] {
  const found: CheckResult[] = [];
  // The message and refs of an amount are only written when it is invalid: a city reads 10^5 amounts.
  const fail = (amount: string, what: string, refs: Refs) => {
    found.push(failure(AMOUNTS_VALID, `${what} ${amount.trim() || '（未填写）'} ${INVALID}`, [], refs));
  };
  for (const unit of input.units) {
    unit.lines.forEach((l, n) => {
      if (!isValidAmount(l.amount)) fail(l.amount, `${lineLabel(input, unit, n)}的金额`, { lineIds: [l.id] });
    });
    for (const [label, amount] of [
      ['面向中小企业预留金额', unit.procurementReserve.sme],
      ['面向小微企业预留金额', unit.procurementReserve.smallMicro],
    ] as const) {
      if (amount !== null && !isValidAmount(amount)) fail(amount, `${unit.unit.name} 政府采购${label}`, { fields: ['procurementReserve'] });
    }
    for (const i of unit.procurement) {
      if (!isValidAmount(i.amount)) fail(i.amount, `政府采购项目 ${i.id} ${i.name} 的金额`, { fields: [`procurement.${i.id}`] });
    }
    for (const p of unit.projects) {
      for (const [which, funding] of [
        ['实施期资金', p.fundingPeriod],
        ['年度资金', p.fundingYear],
      ] as const) {
        for (const level in funding) {
          const amount = funding[level as ProjectFundingLevel];
          if (amount !== undefined && !isValidAmount(amount)) {
            fail(amount, `项目 ${p.code} ${p.name} 的${which}（${PROJECT_FUNDING_LEVEL_LABELS[level as ProjectFundingLevel]}）`, { projectCodes: [p.code] });
          }
        }
      }
    }
    for (const [label, pick] of PRIOR_YEAR_LABELS) {
      const amount = pick(unit.priorYear);
      // null is 未填, asked for by PRIOR_YEAR_MISSING; only a given figure must be a valid amount.
      if (amount !== null && !isValidAmount(amount)) fail(amount, `${unit.unit.name} 上年预算数 ${label}`, { fields: ['priorYear'] });
    }
  }
  return outcome(AMOUNTS_VALID, found);
}
