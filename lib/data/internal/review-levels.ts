import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { invalidState } from '../../errors/app-error';
import { awaitsDepartment, awaitsFinance, budgetStatusLabel, reviewLevelsOf, type ReviewLevels } from '../../domain/review-chain';
import type { LockedBudget } from './budget-lock';

type Tx = Prisma.TransactionClient;

/** The review levels of the unit's department, read inside the transaction that moves its budget. */
export async function reviewLevelsOfOrg(tx: Tx | PrismaClient, orgId: string): Promise<ReviewLevels> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { isDepartment: true, reviewLevels: true, parent: { select: { isDepartment: true, reviewLevels: true } } },
  });
  return reviewLevelsOf(org);
}

/** The finance bureau acts on a budget of a two-level department only after the department forwarded it. */
export async function expectFinanceTurn(tx: Tx, budget: LockedBudget, action: string): Promise<void> {
  if (budget.status !== 'SUBMITTED') return;
  const levels = await reviewLevelsOfOrg(tx, budget.orgId);
  if (!awaitsFinance(budget.status, levels)) {
    throw invalidState(`该预算所属部门实行两级审核，须经主管部门审核并转报财政后才能${action}（当前：待主管部门审核）`);
  }
}

/** The department reviewer acts only on submitted budgets of a two-level department. */
export async function expectDepartmentTurn(tx: Tx, budget: LockedBudget, action: string): Promise<void> {
  const levels = await reviewLevelsOfOrg(tx, budget.orgId);
  if (levels !== 2) throw invalidState(`该预算所属部门实行一级审核，由财政局直接审核，主管部门不能${action}`);
  if (!awaitsDepartment(budget.status, levels)) {
    throw invalidState(`该预算当前为“${budgetStatusLabel(budget.status, levels)}”，只有“待主管部门审核”的预算可以${action}`);
  }
}
