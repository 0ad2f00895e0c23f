import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import { assertUuid } from '../internal/budget-lock';

export interface AuditFilter {
  action?: string;
  actor?: string; // part of the actor's display name
  from?: Date;
  to?: Date; // exclusive
}

/** The audit trail of one budget the user may read, newest first, filtered. */
export async function listBudgetAudit(db: PrismaClient, user: SessionUser | null, budgetId: string, filter: AuditFilter = {}) {
  assertCan(user, 'audit.read');
  assertUuid(budgetId);
  // The trail holds the budget's draft data: it is shown only to those who may read the budget itself.
  const where = readableBudgetsWhere(user);
  const budget = await db.budget.findFirst({ where: { id: budgetId, ...where }, select: { id: true, orgId: true } });
  if (!budget) throw notFound('预算');
  assertCanOnUnit(user, 'audit.read', budget.orgId);
  const createdAt = filter.from || filter.to ? { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } : undefined;
  const [entries, actions] = await Promise.all([
    db.auditLog.findMany({
      where: {
        budgetId,
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.actor ? { actorName: { contains: filter.actor } } : {}),
        ...(createdAt ? { createdAt } : {}),
      },
      orderBy: { id: 'desc' },
      take: 500,
    }),
    db.auditLog.findMany({ where: { budgetId }, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
  ]);
  return { entries, actions: actions.map((a) => a.action) };
}
