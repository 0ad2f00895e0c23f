import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';

/** 已提交 → 已批复. The submitted version becomes the approved one; its content never changes again. */
export async function approveBudget(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<{ versionNo: number }> {
  assertCan(user, 'budget.review');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    expectStatus(budget, ['SUBMITTED'], '批复');
    const version = await latestVersion(tx, budgetId);
    await moveStatus(tx, budget, 'APPROVED');
    await tx.budgetVersion.update({ where: { id: version.id }, data: { status: 'APPROVED' } });
    await writeAudit(tx, actorOf(user), {
      action: 'budget.approve',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: 'SUBMITTED', versionNo: version.versionNo },
      after: { status: 'APPROVED', versionNo: version.versionNo },
    });
    return { versionNo: version.versionNo };
  });
}
