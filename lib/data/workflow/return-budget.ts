import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../document/frozen/frozen-version-format';
import { refreshBudgetSummary } from '../internal/budget-summary';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';
import { validateComments, type CommentInput } from './review-comments';

/** 已提交 → 退回修改, with at least one reviewer comment (which may point at a table, a line or a project). */
export async function returnBudget(db: PrismaClient, user: SessionUser | null, budgetId: string, comments: CommentInput[]): Promise<{ commentIds: string[] }> {
  assertCan(user, 'budget.review');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    expectStatus(budget, ['SUBMITTED'], '退回修改');
    const version = await latestVersion(tx, budgetId);
    const cleaned = validateComments(comments, frozenUnitBudget(parseFrozenSnapshot(version.snapshot)));
    await moveStatus(tx, budget, 'RETURNED');
    await tx.budgetVersion.update({ where: { id: version.id }, data: { status: 'RETURNED' } });
    await refreshBudgetSummary(tx, budgetId); // a draft again: its checks are derived as it stands
    const commentIds: string[] = [];
    for (const c of cleaned) {
      const row = await tx.reviewComment.create({
        data: { budgetId, versionId: version.id, authorId: user.id, target: c.target, targetRef: c.targetRef, text: c.text },
      });
      commentIds.push(row.id);
    }
    await writeAudit(tx, actorOf(user), {
      action: 'budget.return',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: 'SUBMITTED', versionNo: version.versionNo },
      after: { status: 'RETURNED', comments: cleaned },
    });
    return { commentIds };
  });
}
