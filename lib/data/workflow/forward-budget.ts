import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';
import { expectDepartmentTurn } from '../internal/review-levels';

/**
 * 转报财政: 待主管部门审核 → 待财政审核, by the department reviewer of the budget's department (two-level
 * departments only). The version frozen at submission is the one forwarded: no new version is frozen.
 */
export async function forwardBudget(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<{ versionNo: number }> {
  assertCan(user, 'budget.forward');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    assertCanOnUnit(user, 'budget.forward', budget.orgId);
    await expectDepartmentTurn(tx, budget, '转报财政');
    const version = await latestVersion(tx, budgetId);
    await moveStatus(tx, budget, 'FORWARDED');
    await tx.budgetVersion.update({ where: { id: version.id }, data: { status: 'FORWARDED' } });
    await writeAudit(tx, actorOf(user), {
      action: 'budget.forward',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: 'SUBMITTED', versionNo: version.versionNo },
      after: { status: 'FORWARDED', versionNo: version.versionNo },
    });
    return { versionNo: version.versionNo };
  });
}
