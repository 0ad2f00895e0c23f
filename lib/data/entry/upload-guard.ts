import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';

/**
 * Before an upload's body is read: the user may edit this budget's unit (wrong role → 无权, another unit's
 * budget → 不存在). The status and everything else are checked by the data-layer call afterwards.
 */
export async function assertMayUploadTo(db: PrismaClient, user: SessionUser, budgetId: string): Promise<void> {
  assertCan(user, 'budget.edit');
  const b = await db.budget.findUnique({ where: { id: budgetId }, select: { orgId: true } });
  if (!b) throw notFound('预算');
  assertCanOnUnit(user, 'budget.edit', b.orgId);
}
