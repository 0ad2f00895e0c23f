import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';
import { expectFinanceTurn } from '../internal/review-levels';

/**
 * 已提交 (one-level department) or 待财政审核 (forwarded by a two-level department) → 已批复. The submitted
 * version becomes the approved one; its content never changes again.
 */
export async function approveBudget(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<{ versionNo: number }> {
  assertCan(user, 'budget.review');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    expectStatus(budget, ['SUBMITTED', 'FORWARDED'], '批复');
    await expectFinanceTurn(tx, budget, '批复');
    const version = await latestVersion(tx, budgetId);
    await moveStatus(tx, budget, 'APPROVED');
    await tx.budgetVersion.update({ where: { id: version.id }, data: { status: 'APPROVED' } });
    await writeAudit(tx, actorOf(user), {
      action: 'budget.approve',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: budget.status, versionNo: version.versionNo },
      after: { status: 'APPROVED', versionNo: version.versionNo },
    });
    return { versionNo: version.versionNo };
  });
}
