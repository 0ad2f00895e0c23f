import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import { reviewLevelsOf, type ReviewLevels } from '../../domain/review-chain';
import { assertUuid } from '../internal/budget-lock';

/** The review levels of a readable budget's department (1: 单位 → 财政局, 2: 单位 → 主管部门 → 财政局). */
export async function budgetReviewLevels(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<ReviewLevels> {
  assertCan(user, 'budget.read');
  assertUuid(budgetId);
  const b = await db.budget.findFirst({
    where: { id: budgetId, ...readableBudgetsWhere(user) },
    select: { org: { select: { isDepartment: true, reviewLevels: true, parent: { select: { isDepartment: true, reviewLevels: true } } } } },
  });
  if (!b) throw notFound('预算');
  return reviewLevelsOf(b.org);
}
