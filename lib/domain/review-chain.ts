import { BUDGET_STATUS_LABELS, type BudgetStatusName } from './entry-labels';

// The review chain of a unit's budget: one level (单位 → 财政局) or two (单位 → 主管部门 → 财政局), as its
// department is set. A unit follows its department; a 部门本级 such as 029 is its own department.

export type ReviewLevels = 1 | 2;

export interface ChainOrg {
  isDepartment: boolean;
  reviewLevels: number;
  parent: { isDepartment: boolean; reviewLevels: number } | null;
}

export function reviewLevelsOf(org: ChainOrg): ReviewLevels {
  const department = org.isDepartment ? org : org.parent?.isDepartment ? org.parent : null;
  return department?.reviewLevels === 2 ? 2 : 1;
}

export const REVIEW_LEVEL_LABELS: Record<ReviewLevels, string> = { 1: '一级审核（单位 → 财政局）', 2: '两级审核（单位 → 主管部门 → 财政局）' };

/** A submitted budget of a two-level department waits for its department first. */
export function budgetStatusLabel(status: BudgetStatusName, levels: ReviewLevels = 1): string {
  if (status === 'SUBMITTED' && levels === 2) return '待主管部门审核';
  return BUDGET_STATUS_LABELS[status];
}

/** Whether the finance bureau may approve or return a budget in this status now. */
export function awaitsFinance(status: BudgetStatusName, levels: ReviewLevels): boolean {
  return status === 'FORWARDED' || (status === 'SUBMITTED' && levels === 1);
}

/** Whether the department reviewer may forward or return a budget in this status now. */
export function awaitsDepartment(status: BudgetStatusName, levels: ReviewLevels): boolean {
  return status === 'SUBMITTED' && levels === 2;
}
