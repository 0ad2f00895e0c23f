import type { MoneyValue } from '../money';
import { knownSum } from '../unknown-figures';
import type { SliceFilter } from '../tables/slice';
import { UNIT_KIND_LABELS, type NarrativeReasons, type NarrativeSection, type PriorYearFigures } from '../types';
import { deptEconNames, deptEconPrefixTotal, money, operatingCostOf, OPERATING_COST_KINDS, threePublicOf, type ThreePublicItem } from './figures';
import { amountText, comparedWithPrior, reasonClause } from './phrases';
import type { NarrativeContext } from './sections-budget';

function firstReason(ctx: NarrativeContext, key: keyof NarrativeReasons): string {
  return ctx.input.units.map((u) => u.reasons[key]).find((r) => r.trim() !== '') ?? '';
}

/** 六 一般公共预算基本支出情况说明 */
const GENERAL_CURRENT_BASIC: SliceFilter = { kind: 'BASIC', sources: ['GENERAL'], timing: 'CURRENT' };
/** 人员经费 = 301 + 303 of 基本支出 (as isPersonnel decides for a line). */
const isPersonnelCode = (deptEconCode: string) => deptEconCode.startsWith('301') || deptEconCode.startsWith('303');

export function basicSection(ctx: NarrativeContext): NarrativeSection {
  const { subject, sums } = ctx;
  const personnelCents = deptEconPrefixTotal(sums, '301', GENERAL_CURRENT_BASIC) + deptEconPrefixTotal(sums, '303', GENERAL_CURRENT_BASIC);
  const basicCents = sums.all.total(GENERAL_CURRENT_BASIC);
  const part = (label: string, cents: bigint, personnel: boolean) => {
    const names = deptEconNames(ctx, GENERAL_CURRENT_BASIC, (code) => isPersonnelCode(code) === personnel);
    const listing = names.length > 0 ? `，主要包括：${names.join('、')}等` : '';
    return `${label}${amountText(money(cents))}${listing}`;
  };
  const text = [
    `${subject}一般公共预算安排基本支出${amountText(money(basicCents))}，其中：`,
    `${part('人员经费', personnelCents, true)}；`,
    `${part('公用经费', basicCents - personnelCents, false)}。`,
  ].join('\n');
  return { no: '六', title: '一般公共预算基本支出情况说明', text };
}

const SAME_AS_PRIOR = '与上年预算数相同';

/** "，与上年相比预算数增加…" / "，与上年预算数相同"; '' when the prior figure is unknown. */
function itemChange(current: MoneyValue, prior: MoneyValue | null, reason: string): string {
  if (prior === null) return '';
  const diff = current.minus(prior);
  if (diff.isZero()) return `，${SAME_AS_PRIOR}`;
  return `，与上年相比预算数${diff.isPositive() ? '增加' : '减少'}${amountText(diff.abs())}${reasonClause(reason)}`;
}

type Compared = { current: MoneyValue; prior: MoneyValue | null };
const plus = (a: MoneyValue | null, b: MoneyValue | null) => (a === null || b === null ? null : a.plus(b));

/** 七 “三公”经费增减变动原因说明 */
export function threePublicSection(ctx: NarrativeContext): NarrativeSection {
  const { input } = ctx;
  const priorOf = (key: keyof PriorYearFigures['threePublic']) => knownSum(input.units.map((u) => u.priorYear.threePublic[key]));
  const item = (key: ThreePublicItem): Compared => ({ current: threePublicOf(ctx.sums, key), prior: priorOf(key) });
  const abroad = item('abroad');
  const reception = item('reception');
  const purchase = item('vehiclePurchase');
  const operation = item('vehicleOperation');
  const vehicles: Compared = { current: purchase.current.plus(operation.current), prior: plus(purchase.prior, operation.prior) };
  const total: Compared = {
    current: vehicles.current.plus(abroad.current).plus(reception.current),
    prior: plus(plus(vehicles.prior, abroad.prior), reception.prior),
  };
  const priorYear = `${input.year - 1}年`;
  const totalChange = comparedWithPrior(
    total.current,
    total.prior,
    { against: priorYear, same: `与${priorYear}预算数相同`, withPercent: false },
    firstReason(ctx, 'threePublicChange'),
  );
  const head = `${input.year}年${input.org.name}财政拨款安排的“三公”经费预算${amountText(total.current)}${totalChange}。`;
  const phrase = (label: string, f: Compared, reason: keyof NarrativeReasons | null) =>
    `${label}${amountText(f.current)}${itemChange(f.current, f.prior, reason ? firstReason(ctx, reason) : '')}`;
  const detail =
    `其中：${phrase('因公出国（境）费', abroad, 'abroadChange')}；` +
    `${phrase('公务接待费', reception, 'receptionChange')}；` +
    `${phrase('公务用车购置及运行费', vehicles, null)}。` +
    `${phrase('公务用车运行维护费', operation, 'vehicleOperationChange')}；` +
    `${phrase('公务用车购置费', purchase, 'vehiclePurchaseChange')}。`;
  return { no: '七', title: '“三公”经费增减变动原因说明', text: `${head}\n${detail}` };
}

/** 八 机关运行经费增减变动原因说明 */
export function operatingCostSection(ctx: NarrativeContext): NarrativeSection {
  const { input } = ctx;
  const title = '机关运行经费增减变动原因说明';
  const kindLabel = UNIT_KIND_LABELS[input.org.kind];
  if (!OPERATING_COST_KINDS.includes(input.org.kind)) {
    return { no: '八', title, text: `${input.org.name}作为${kindLabel}，不安排机关运行经费。` };
  }
  const current = operatingCostOf(ctx.sums);
  const prior = knownSum(input.units.map((u) => u.priorYear.operatingCost));
  const against = `${input.year - 1}年预算`;
  const wording = { against, same: `与${against}持平`, withPercent: true };
  const change = comparedWithPrior(current, prior, wording, firstReason(ctx, 'operatingCostChange'), '原因是');
  const text = `${input.org.name}作为${kindLabel}，${input.year}年机关运行经费财政拨款预算${amountText(current)}${change}。`;
  return { no: '八', title, text };
}
