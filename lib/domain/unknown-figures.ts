import { yuan, type MoneyValue } from './money';
import type { Staffing } from './types';

// Unknown is not zero: a figure nobody entered (null) is never printed, counted or compared as 0.

/** How a sentence that needs an unknown figure prints it. */
export const UNKNOWN_TEXT = '（未填）';
/** How a field layout (label → value) prints an unknown figure. */
export const UNKNOWN_VALUE = '未填';

/** The exact sum of 元 amounts, or null when any part is unknown. */
export function knownSum(values: readonly (string | null)[]): MoneyValue | null {
  let total = yuan(0);
  for (const v of values) {
    if (v === null) return null;
    total = total.plus(v);
  }
  return total;
}

/** The sum of counts, or null when any part is unknown. */
export function knownCount(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** "3辆" for a known count, （未填） for an unknown one. */
export function countText(value: number | string | null, unit: string): string {
  return value === null ? UNKNOWN_TEXT : `${value}${unit}`;
}

/** The default as-of date of the assets: 31 December of the year before the budget year. */
export function defaultAssetsAsOf(year: number): string {
  return `${year - 1}-12-31`;
}

/** "2025-12-31" → "2025年12月31日". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map((p) => Number(p));
  return `${y}年${m}月${d}日`;
}

export const STAFFING_LABELS: [keyof Staffing, string, string][] = [
  ['internalDivisions', '内设科室数', '个'],
  ['authorizedHeadcount', '核定编制数', '个'],
  ['actualHeadcount', '实际在编人数', '人'],
  ['otherPersonnel', '其他人员', '人'],
];

/** The staffing figures as label and printed value ("32个", or 未填). */
export function staffingItems(s: Staffing): { key: keyof Staffing; label: string; value: string }[] {
  return STAFFING_LABELS.map(([key, label, unit]) => ({ key, label, value: s[key] === null ? UNKNOWN_VALUE : `${s[key]}${unit}` }));
}

/** "内设科室数32个；核定编制数88个；实际在编人数（未填）；其他人员2人。" */
export function staffingSentence(s: Staffing): string {
  return STAFFING_LABELS.map(([key, label, unit]) => `${label}${countText(s[key], unit)}`).join('；') + '。';
}
