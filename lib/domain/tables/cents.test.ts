import { describe, expect, it } from 'vitest';
import { wanCell } from '../money';
import { centsToYuan, parseCents, wanCellFromCents } from './cents';

describe('分 (BigInt) 与 money.ts 的一致性', () => {
  it('parses 元 strings with zero, one or two decimals and prints them back', () => {
    expect(parseCents('12345', 'x')).toBe(1234500n);
    expect(parseCents('12345.6', 'x')).toBe(1234560n);
    expect(parseCents('0.07', 'x')).toBe(7n);
    expect(parseCents('-3.5', 'x')).toBe(-350n);
    expect(parseCents('1e3', 'x')).toBe(100000n);
    expect(centsToYuan(1234560n)).toBe('12345.60');
    expect(centsToYuan(-7n)).toBe('-0.07');
  });

  it('rejects an amount finer than 分', () => {
    expect(() => parseCents('1.005', 'L9')).toThrow('L9');
  });

  it('rounds to 万元 exactly as wanCell does, ties included', () => {
    const samples = ['0', '0.01', '49.99', '50', '50.00', '149.99', '150', '655490', '12450', '-50', '-49.99', '-12450'];
    for (let i = 0; i < 2000; i++) samples.push(centsToYuan(BigInt(i * 4999 + (i % 7) * 100000) - 3_000_000n));
    for (const s of samples) expect(wanCellFromCents(parseCents(s, 't'))).toBe(wanCell(s));
  });
});
