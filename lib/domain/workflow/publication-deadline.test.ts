import { describe, expect, it } from 'vitest';
import { publicationDeadline } from './publication-deadline';

describe('publicationDeadline: 批复后20日内公开（预算法第十四条）', () => {
  it.each([
    ['2026-11-01', '2026-11-01', 20, 'OPEN', '剩余20天', '2026-11-21'],
    ['2026-11-01', '2026-11-20', 1, 'OPEN', '剩余1天', '2026-11-21'],
    ['2026-11-01', '2026-11-21', 0, 'DUE_TODAY', '今日到期', '2026-11-21'],
    ['2026-11-01', '2026-11-22', -1, 'OVERDUE', '已逾期1天', '2026-11-21'],
    ['2026-11-01', '2026-12-31', -40, 'OVERDUE', '已逾期40天', '2026-11-21'],
  ] as const)('approved %s, today %s → %s days left', (approved, today, daysLeft, state, label, due) => {
    expect(publicationDeadline(approved, today)).toEqual({ dueDate: due, daysLeft, state, label });
  });

  it('counts across month and year ends and leap days', () => {
    expect(publicationDeadline('2026-12-20', '2026-12-31').dueDate).toBe('2027-01-09');
    expect(publicationDeadline('2028-02-15', '2028-02-15').dueDate).toBe('2028-03-06'); // 2028-02-29 exists
    expect(publicationDeadline('2027-02-15', '2027-02-15').dueDate).toBe('2027-03-07');
  });

  it('refuses a malformed or impossible date', () => {
    expect(() => publicationDeadline('2026-02-30', '2026-03-01')).toThrow();
    expect(() => publicationDeadline('2026/11/01', '2026-11-01')).toThrow();
  });
});
