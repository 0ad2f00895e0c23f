import { describe, expect, it } from 'vitest';
import { centsToYuan, wanTextFromCents } from './tables/cents';
import { Money, sum, wanText, yuan, yuanText } from './money';

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
