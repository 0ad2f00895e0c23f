import { describe, expect, it } from 'vitest';
import { centsToYuan, wanTextFromCents } from './tables/cents';
import { Money, sum, wanText, yuan, yuanText, isValidAmount } from './money';

describe('yuanText', () => {
  it('formats a plain 元 string exactly as from a decimal.js value', () => {
    for (const s of ['0', '0.00', '00', '007.5', '12.30', '12.3', '5400000', '5400000.00', '1234567.89', '1000', '0.05', '999999999999.99', '100.10']) {
      expect(yuanText(s)).toBe(yuanText(new Money(s)));
    }
    expect(yuanText('5400000')).toBe('5,400,000');
    expect(yuanText('1234567.8')).toBe('1,234,567.80');
  });
});

describe('wanTextFromCents', () => {
  it('equals wanText of the same exact amount, ties and negatives included', () => {
    const cases = [0n, 1n, 4999n, 5000n, 5001n, 15000n, -1n, -4999n, -5000n, -5001n, 123456789n, -123456789n, 99999999999999n, 2197300000n];
    for (const c of cases) expect(wanTextFromCents(c), String(c)).toBe(wanText(yuan(centsToYuan(c))));
  });
});

describe('sum', () => {
  it('adds plain 元 strings as integer 分 and anything else as decimals, exactly', () => {
    expect(sum(['0.10', '0.20', '-0.05', '12', '3.5']).toFixed(2)).toBe('15.75');
    expect(sum(['999999999999999.99', '0.01']).toFixed(2)).toBe('1000000000000000.00');
    expect(sum(['1.005', '0.995', new Money('2.5'), '1e2']).toString()).toBe('104.5');
    expect(sum([]).isZero()).toBe(true);
  });
});

describe('isValidAmount', () => {
  const byPattern = (text: string) => /^\d{1,12}(\.\d{1,2})?$/.test(text.trim());

  it('accepts non-negative 元 amounts of at most twelve integer digits and two decimals', () => {
    for (const ok of ['0', '0001', '12.3', '12.30', '999999999999.99', ' 12.3 ', '5\t']) expect(isValidAmount(ok), ok).toBe(true);
    for (const bad of ['', ' ', '1234567890123', '1.555', '1.', '.5', '-1', '１２', '12a', '1,000', '1e3', '1. 5']) expect(isValidAmount(bad), bad).toBe(false);
  });

  it('decides every short text of digits, points, spaces and signs as the pattern does', () => {
    const alphabet = ['0', '7', '9', '.', ' ', '-', 'a'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 20_000; n++) {
      const length = next() % 17;
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(isValidAmount(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
