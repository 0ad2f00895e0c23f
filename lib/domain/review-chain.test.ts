import { describe, expect, it } from 'vitest';
import { awaitsDepartment, awaitsFinance, budgetStatusLabel, reviewLevelsOf } from './review-chain';

const dept = (reviewLevels: number) => ({ isDepartment: true, reviewLevels });

describe('审核层级', () => {
  it('单位随其部门；部门本级（如029）以自身为部门；无部门的单位为一级', () => {
    expect(reviewLevelsOf({ isDepartment: false, reviewLevels: 1, parent: dept(2) })).toBe(2);
    expect(reviewLevelsOf({ isDepartment: false, reviewLevels: 1, parent: dept(1) })).toBe(1);
    expect(reviewLevelsOf({ ...dept(2), parent: null })).toBe(2);
    expect(reviewLevelsOf({ isDepartment: false, reviewLevels: 2, parent: null })).toBe(1);
    expect(reviewLevelsOf({ isDepartment: false, reviewLevels: 1, parent: { isDepartment: false, reviewLevels: 2 } })).toBe(1);
  });

  it('两级审核时已提交的预算先待主管部门审核，转报后待财政审核', () => {
    expect(budgetStatusLabel('SUBMITTED', 2)).toBe('待主管部门审核');
    expect(budgetStatusLabel('SUBMITTED', 1)).toBe('已提交');
    expect(budgetStatusLabel('FORWARDED', 2)).toBe('待财政审核');
    expect([awaitsDepartment('SUBMITTED', 2), awaitsFinance('SUBMITTED', 2)]).toEqual([true, false]);
    expect([awaitsDepartment('SUBMITTED', 1), awaitsFinance('SUBMITTED', 1)]).toEqual([false, true]);
    expect([awaitsDepartment('FORWARDED', 2), awaitsFinance('FORWARDED', 2)]).toEqual([false, true]);
    expect(awaitsFinance('FORWARDED', 1)).toBe(true); // forwarded before the department went back to one level
    expect([awaitsDepartment('APPROVED', 2), awaitsFinance('APPROVED', 1)]).toEqual([false, false]);
  });
});
