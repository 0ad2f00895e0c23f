import { groupDigits, plainAmountCents, yuan } from '../money';

/**
 * Exact money as an integer number of 分 (cents). The table engine sums in BigInt cents because
 * a city holds 10^5 lines and decimal.js additions dominate otherwise; both are exact, and a
 * value leaves the engine as a 元 string for money.ts to format.
 */
export type Cents = bigint;

const PLAIN_AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "12345.6" → 1234560n. Throws on more than two decimals: lines carry 元 to the 分. */
export function parseCents(amount: string, lineId: string | (() => string)): Cents {
  const m = PLAIN_AMOUNT.exec(amount.trim());
  if (m) {
    const cents = BigInt(m[2] + (m[3] ?? '').padEnd(2, '0'));
    return m[1] ? -cents : cents;
  }
  const scaled = yuan(amount).times(100);
  if (!scaled.isInteger()) throw new Error(`支出明细 ${typeof lineId === 'string' ? lineId : lineId()} 的金额 ${amount} 超过两位小数`);
  return BigInt(scaled.toFixed(0));
}

/**
 * A plain non-negative 元 amount below 10^13, i.e. one matching /^(\d{1,13})(?:\.(\d{1,2}))?$/, as an integer number
 * of 分 (at most 10^15 分, a safe integer: exact); null for any other text.
 */
export function smallCents(amount: string): number | null {
  return plainAmountCents(amount, 13);
}

/** parseCents as an integer number for a smallCents amount; any other amount as parseCents gives it. */
export function parseCentsSmall(amount: string, lineId: string | (() => string)): Cents | number {
  return smallCents(amount) ?? parseCents(amount, lineId);
}

const PLAIN_NON_NEGATIVE = /^\d+(\.\d{1,2})?$/;

/**
 * The exact sum in 分 of plain non-negative 元 amounts (digits, then optionally a point and one or two digits),
 * undefined ones skipped; null when any other text is among them (the caller then takes the decimal path).
 */
export function plainCentsSum(amounts: Iterable<string | undefined>): Cents | null {
  let small = 0; // a safe integer: each amount is below 10^15 分 and the sum moves to the BigInt past 2^52
  let total = 0n;
  for (const a of amounts) {
    if (a === undefined) continue;
    const cents = smallCents(a);
    if (cents !== null) {
      small += cents;
      if (small >= 2 ** 52) {
        total += BigInt(small);
        small = 0;
      }
    } else if (!PLAIN_NON_NEGATIVE.test(a)) return null;
    else total += parseCents(a, a);
  }
  return total + BigInt(small);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** 分 as the engine passes them on: Cents, or an integer number while the value is a safe integer (Slice.exactTotal). */
export type ExactCents = Cents | number;

/** |cents| as an integer number when it is a safe integer (number % and exact division stay exact), else null. */
function safeAbs(cents: ExactCents): number | null {
  if (typeof cents === 'number') {
    if (!Number.isSafeInteger(cents)) throw new Error(`分 ${cents} 不是安全整数`);
    return Math.abs(cents);
  }
  if (cents > MAX_SAFE || cents < -MAX_SAFE) return null;
  return Math.abs(Number(cents));
}

/** The Cents of an ExactCents value. */
function big(cents: ExactCents): Cents {
  return typeof cents === 'bigint' ? cents : BigInt(cents);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 1234560n → "12345.60" (元, two decimals). */
export function centsToYuan(cents: ExactCents): string {
  const small = safeAbs(cents);
  if (small !== null) {
    const frac = small % 100;
    return `${cents < 0 ? '-' : ''}${(small - frac) / 100}.${two(frac)}`;
  }
  const negative = cents < 0;
  const abs = negative ? -big(cents) : big(cents);
  const frac = String(abs % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${abs / 100n}.${frac}`;
}

/** money.ts yuanText of an exact amount: 元 with thousands separators, integers without decimals ("5,400,000"). */
export function yuanTextFromCents(cents: ExactCents): string {
  let int: string;
  let frac: number;
  if (typeof cents === 'number') {
    const abs = Math.abs(cents);
    frac = abs % 100;
    int = String((abs - frac) / 100);
  } else {
    const abs = cents < 0n ? -cents : cents;
    frac = Number(abs % 100n);
    int = String(abs / 100n);
  }
  return (cents < 0 ? '-' : '') + (frac === 0 ? groupDigits(int) : `${groupDigits(int)}.${two(frac)}`);
}

const WAN_HUNDREDTH = 10000n; // 0.01 万元 = 100 元 = 10000 分

/** Safe-integer 分 → 0.01 万元, half-up, by exact integer steps (remainder, then an exact division). */
function roundedHundredths(abs: number): number {
  const shifted = abs + 5000;
  return (shifted - (shifted % 10000)) / 10000;
}

/**
 * Narrative / check figure text from exact 分: 万元 with two decimals rounded half-up (away from
 * zero on a tie) and thousands separators, 0.00 for zero. Same result as money.ts wanText
 * (including its "-0.00" for a negative amount under 50 元).
 */
export function wanTextFromCents(cents: ExactCents): string {
  const small = safeAbs(cents);
  if (small !== null) {
    const hundredths = roundedHundredths(small);
    const frac = hundredths % 100;
    return `${cents < 0 ? '-' : ''}${groupDigits(String((hundredths - frac) / 100))}.${two(frac)}`;
  }
  const negative = cents < 0;
  const abs = negative ? -big(cents) : big(cents);
  const hundredths = (abs + WAN_HUNDREDTH / 2n) / WAN_HUNDREDTH;
  const int = groupDigits(String(hundredths / 100n));
  return `${negative ? '-' : ''}${int}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/**
 * Table cell text from exact 分: 万元 with two decimals rounded half-up (away from zero on a
 * tie), blank for zero. Same result as money.ts wanCell, without a decimal.js round trip.
 */
export function wanCellFromCents(cents: ExactCents): string {
  if (cents === 0n || cents === 0) return '';
  const small = safeAbs(cents);
  if (small !== null) {
    const hundredths = roundedHundredths(small);
    const frac = hundredths % 100;
    return `${cents < 0 ? '-' : ''}${(hundredths - frac) / 100}.${two(frac)}`;
  }
  const negative = cents < 0;
  const abs = negative ? -big(cents) : big(cents);
  const hundredths = (abs + WAN_HUNDREDTH / 2n) / WAN_HUNDREDTH;
  const frac = String(hundredths % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${hundredths / 100n}.${frac}`;
}
