import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { invalid } from '../../errors/app-error';
import { refreshBudgetSummary } from '../internal/budget-summary';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';

/**
 * 已公开 → 退回修改 to correct a published budget. The published version stays public and
 * unchanged; the corrected budget is submitted, approved and published again as a new version.
 */
export async function reopenForCorrection(db: PrismaClient, user: SessionUser | null, budgetId: string, reason: string): Promise<void> {
  assertCan(user, 'budget.publish');
  const text = reason.trim();
  if (!text) throw invalid('更正原因：不能为空', [{ field: '更正原因', message: '不能为空' }]);
  if (text.length > 2000) throw invalid('更正原因：不能超过2000字', [{ field: '更正原因', message: '不能超过2000字' }]);
  await db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    expectStatus(budget, ['PUBLISHED'], '发起更正');
    const version = await latestVersion(tx, budgetId);
    await moveStatus(tx, budget, 'RETURNED');
    await refreshBudgetSummary(tx, budgetId); // a draft again: its checks are derived as it stands
    await tx.reviewComment.create({
      data: { budgetId, versionId: version.id, authorId: user.id, target: 'GENERAL', text: `【更正】${text}` },
    });
    await writeAudit(tx, actorOf(user), {
      action: 'budget.reopen-correction',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: 'PUBLISHED', versionNo: version.versionNo },
      after: { status: 'RETURNED', reason: text },
    });
  });
}
