import type { IndicatorComparator, IndicatorValue } from '../types';

const COMPARATORS: readonly IndicatorComparator[] = ['≥', '≤', '=', '>', '<'];
const NUMERIC_VALUE = /^(≥|≤|=|>|<)?\s*(\d+(?:\.\d+)?)\s*(\S.*)?$/;
// A value that starts with a year (2026年12月底前, 2025年8月至2026年7月) is a date, not a quantity.
const STARTS_WITH_YEAR = /^\d{4}年/;

/** Parses an 指标值 as typed ("≥300批次", "100%", "2026年12月底前", "有效消除"). */
export function parseIndicatorValue(raw: string): IndicatorValue {
  const text = raw.trim();
  if (text === '') return { text: '' };
  if (STARTS_WITH_YEAR.test(text)) return { text };
  const m = NUMERIC_VALUE.exec(text);
  if (!m) return { text };
  const comparator = (m[1] ?? null) as IndicatorComparator | null;
  if (comparator !== null && !COMPARATORS.includes(comparator)) return { text };
  return { comparator, number: m[2], unit: m[3] ?? '' };
}

/** Displays an 指标值 as the form prints it: comparator + number + unit, or the text. */
export function formatIndicatorValue(value: IndicatorValue): string {
  if (value.number !== undefined && value.number !== null && value.number !== '') {
    return `${value.comparator ?? ''}${value.number}${value.unit ?? ''}`;
  }
  return value.text ?? '';
}
