import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';

/**
 * Before an upload's body is read: the budget of `orgCode` and `year` exists and the user may edit its
 * unit (wrong role → 无权, another unit's budget → 不存在). Returns the budget id. The status and everything
 * else are checked by the data-layer call afterwards.
 */
export async function uploadTargetBudget(db: PrismaClient, user: SessionUser, orgCode: string, year: number): Promise<string> {
  assertCan(user, 'budget.edit');
  const valid = Number.isInteger(year) && /^\d{1,12}$/.test(orgCode);
  const b = valid ? await db.budget.findFirst({ where: { year, org: { code: orgCode } }, select: { id: true, orgId: true } }) : null;
  if (!b) throw notFound('预算');
  assertCanOnUnit(user, 'budget.edit', b.orgId);
  return b.id;
}
