import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { notFound, unauthenticated } from '../../errors/app-error';

/**
 * The id of the budget of a unit (by code) and year, if the user may read it. Another unit's
 * budget, an unknown unit and a malformed year all answer NOT_FOUND alike.
 */
export async function findReadableBudgetId(db: PrismaClient, user: SessionUser | null, orgCode: string, yearText: string): Promise<string> {
  if (!user) throw unauthenticated();
  const where = readableBudgetsWhere(user);
  if (!/^\d{4}$/.test(yearText) || !/^[0-9A-Za-z]{1,40}$/.test(orgCode)) throw notFound('预算');
  const b = await db.budget.findFirst({ where: { year: Number(yearText), org: { code: orgCode }, ...where }, select: { id: true } });
  if (!b) throw notFound('预算');
  return b.id;
}

/** The budget's status and its newest frozen version number (0 before the first submission). */
export async function budgetWorkflowState(db: PrismaClient, budgetId: string): Promise<{ status: BudgetStatus; versionNo: number }> {
  const b = await db.budget.findUniqueOrThrow({
    where: { id: budgetId },
    select: { status: true, versions: { orderBy: { versionNo: 'desc' }, take: 1, select: { versionNo: true } } },
  });
  return { status: b.status, versionNo: b.versions[0]?.versionNo ?? 0 };
}
