import Decimal from 'decimal.js';

// Invariant: all money arithmetic is exact on 元; rounding happens once, at display.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export { D as Money };
export type MoneyValue = InstanceType<typeof D>;

export const ZERO: MoneyValue = new D(0);
const TEN_THOUSAND = new D(10000);

export function yuan(value: string | number | MoneyValue): MoneyValue {
  return new D(value);
}

const PLAIN_YUAN = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;
const HUNDRED = BigInt(100);

/** Exact sum; plain 元 strings (as stored: at most two decimals) add up as integer 分, anything else as decimals. */
export function sum(values: Iterable<string | MoneyValue>): MoneyValue {
  let fen = BigInt(0);
  let rest = ZERO;
  for (const v of values) {
    const m = typeof v === 'string' ? PLAIN_YUAN.exec(v) : null;
    if (!m) {
      rest = rest.plus(v);
      continue;
    }
    const f = BigInt(m[2]) * HUNDRED + BigInt((m[3] ?? '').padEnd(2, '0'));
    fen += m[1] ? -f : f;
  }
  return new D(fen.toString()).div(100).plus(rest);
}

/** 元 → 万元 with two decimals, half-up, from the exact value. No thousands separator (table cells). */
export function wan(value: MoneyValue | string): string {
  return new D(value).div(TEN_THOUSAND).toFixed(2, D.ROUND_HALF_UP);
}

/** Table cell: blank for zero, else 万元 with two decimals. */
export function wanCell(value: MoneyValue | string): string {
  const v = new D(value);
  return v.isZero() ? '' : wan(v);
}

/** "1234567.5" → "1,234,567.5": thousands separators on the integer part, sign kept. */
export function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  // Plain digits (every caller's case) are grouped by slicing: the same commas as the pattern, far cheaper per figure.
  const grouped = ALL_DIGITS.test(digits) ? groupDigits(digits) : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? sign + grouped : `${sign}${grouped}.${frac}`;
}

const ALL_DIGITS = /^\d+$/;

/** "1234567" → "1,234,567" for a string of plain digits. */
export function groupDigits(digits: string): string {
  if (digits.length <= 3) return digits;
  let head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < digits.length; head += 3) out += `,${digits.slice(head, head + 3)}`;
  return out;
}

/** Narrative amount: "2,197.30" (万元, thousands separator, two decimals). */
export function wanText(value: MoneyValue | string): string {
  return groupThousands(wan(value));
}

const PLAIN_NON_NEGATIVE = /^(\d+)(?:\.(\d{1,2}))?$/;
const LEADING_ZEROS = /^0+(?=\d)/;

/** 元 with thousands separator; integers print without decimals ("5,400,000"), else two decimals. */
export function yuanText(value: MoneyValue | string): string {
  // A plain non-negative 元 string (the usual case) is formatted without a decimal.js round trip.
  const plain = typeof value === 'string' ? PLAIN_NON_NEGATIVE.exec(value) : null;
  if (plain) {
    const int = plain[1].replace(LEADING_ZEROS, '');
    const frac = (plain[2] ?? '').padEnd(2, '0');
    return groupThousands(frac === '00' ? int : `${int}.${frac}`);
  }
  const v = new D(value);
  return groupThousands(v.isInteger() ? v.toFixed(0) : v.toFixed(2, D.ROUND_HALF_UP));
}

/** Share or change as a two-decimal percentage of exact values: "99.68%". Zero denominator → "0.00%". */
export function percent(part: MoneyValue | string, whole: MoneyValue | string): string {
  const w = new D(whole);
  if (w.isZero()) return '0.00%';
  return new D(part).div(w).times(100).toFixed(2, D.ROUND_HALF_UP) + '%';
}

// A pattern made once: a regular expression literal makes a new object each time it is evaluated.
const VALID_AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** Validates a 元 amount as entered: non-negative, at most two decimals, below 1e12. */
export function isValidAmount(text: string): boolean {
  // At most twelve integer digits is already below 10^12 元, so the pattern alone decides.
  return plainAmountCents(text, 12) !== null || VALID_AMOUNT.test(text.trim());
}

/**
 * A plain non-negative 元 amount of at most `maxIntegerDigits` integer digits, i.e. one matching
 * /^\d{1,max}(\.\d{1,2})?$/ as it is (no spaces around), as an integer number of 分; null for any other text. Read
 * digit by digit rather than by a pattern: a city reads 10^5 amounts. Exact while the digits stay below 10^13 元.
 */
export function plainAmountCents(text: string, maxIntegerDigits: number): number | null {
  const length = text.length;
  let yuanPart = 0;
  let i = 0;
  for (; i < length && i <= maxIntegerDigits; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    yuanPart = yuanPart * 10 + d;
  }
  if (i === 0 || i > maxIntegerDigits) return null;
  if (i === length) return yuanPart * 100;
  const fracLength = length - i - 1;
  if (text.charCodeAt(i) !== 46 || fracLength < 1 || fracLength > 2) return null;
  const tenths = text.charCodeAt(i + 1) - 48;
  const hundredths = fracLength === 2 ? text.charCodeAt(i + 2) - 48 : 0;
  if (tenths < 0 || tenths > 9 || hundredths < 0 || hundredths > 9) return null;
  return yuanPart * 100 + tenths * 10 + hundredths;
}
