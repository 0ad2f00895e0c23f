import { percent, wanText, type MoneyValue } from '../money';

/** The one narrative amount format: 2,197.30万元, zero as 0.00万元. */
export function amountText(value: MoneyValue | string): string {
  return `${wanText(value)}万元`;
}

/** "，主要原因是…" with the typed reason's own trailing punctuation removed; '' when no reason. */
export function reasonClause(reason: string, lead = '主要原因是'): string {
  const text = reason.trim().replace(/[。；;，,.\s]+$/u, '');
  return text === '' ? '' : `，${lead}${text}`;
}

export interface ChangeWording {
  against: string; // 上年 / 2025年 / 2025年预算
  same: string; // wording when equal, e.g. 与上年持平
  withPercent: boolean;
}

/**
 * "比上年减少233.96万元，下降9.62%" / "比上年增加…，增长…" / the `same` wording when equal.
 * The percentage is of the prior figure; it is left out when the prior figure is zero.
 */
export function changeText(current: MoneyValue, prior: MoneyValue, w: ChangeWording): string {
  const diff = current.minus(prior);
  if (diff.isZero()) return w.same;
  const up = diff.isPositive();
  const head = `比${w.against}${up ? '增加' : '减少'}${amountText(diff.abs())}`;
  if (!w.withPercent || prior.isZero()) return head;
  return `${head}，${up ? '增长' : '下降'}${percent(diff.abs(), prior)}`;
}

/** "一般公共服务支出1,631.79万元，占74.50%" items joined with '；'. */
export function sharesText(items: { name: string; amount: MoneyValue }[], whole: MoneyValue): string {
  return items.map((i) => `${i.name}${amountText(i.amount)}，占${percent(i.amount, whole)}`).join('；');
}

/** The change wording followed by the typed reason; a reason is only quoted for a change. */
export function changeWithReason(current: MoneyValue, prior: MoneyValue, w: ChangeWording, reason: string, lead = '主要原因是'): string {
  const change = changeText(current, prior, w);
  return current.eq(prior) ? change : change + reasonClause(reason, lead);
}

/** "，" + changeWithReason, or '' when the prior figure is unknown: no comparison is stated against an unknown. */
export function comparedWithPrior(current: MoneyValue, prior: MoneyValue | null, w: ChangeWording, reason: string, lead = '主要原因是'): string {
  return prior === null ? '' : `，${changeWithReason(current, prior, w, reason, lead)}`;
}
