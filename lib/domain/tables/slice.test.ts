import { describe, expect, it } from 'vitest';
import { parseCents, parseCentsSmall } from './cents';
import { Slice } from './slice';

describe('Slice sums stay exact beyond the safe-integer range', () => {
  it('carries a sum past 2^53 分 into BigInt without rounding', () => {
    const slice = new Slice();
    const big = parseCentsSmall('9999999999999.99', 'a'); // 10^15 − 1 分
    for (let i = 0; i < 20; i++) slice.add('GENERAL', 'CURRENT', 'BASIC', big);
    slice.add('GENERAL', 'CURRENT', 'BASIC', 1);
    expect(slice.total()).toBe(20n * 999_999_999_999_999n + 1n);
    const sum = new Slice();
    sum.addSlice(slice);
    sum.addSlice(slice);
    expect(sum.total({ kind: 'BASIC' })).toBe(2n * (20n * 999_999_999_999_999n + 1n));
    expect(sum.total({ kind: 'PROJECT' })).toBe(0n);
  });

  it('takes BigInt amounts of any size', () => {
    const slice = new Slice();
    slice.add('UNIT_OWN', 'CARRYOVER', 'PROJECT', 2n ** 70n);
    slice.add('UNIT_OWN', 'CARRYOVER', 'PROJECT', 5n);
    expect(slice.total()).toBe(2n ** 70n + 5n);
  });

  it('parses plain amounts to the same 分 as parseCents', () => {
    for (const a of ['0', '0.5', '12.34', '100.05', '9999999999999.99', ' 7.1', '12345678901234.5']) {
      expect(BigInt(parseCentsSmall(a, 'x'))).toBe(parseCents(a, 'x'));
    }
  });
});

describe('cents formatting', () => {
  it('formats safe and huge amounts as decimal.js does', async () => {
    const { centsToYuan, wanCellFromCents, wanTextFromCents } = await import('./cents');
    const { Money, wanCell, wanText } = await import('../money');
    const cases = [
      0n,
      5n,
      -4999n,
      -5000n,
      4999n,
      5000n,
      15000n,
      25000n,
      123456789n,
      -123456789012n,
      2n ** 53n - 1n,
      2n ** 53n + 5001n,
      2n ** 60n,
      -(2n ** 70n) - 5000n,
    ];
    for (const cents of cases) {
      const exact = new Money(cents.toString()).div(100).toFixed(2);
      expect([centsToYuan(cents), wanCellFromCents(cents), wanTextFromCents(cents)]).toEqual([exact, wanCell(exact), wanText(exact)]);
    }
  });
});
