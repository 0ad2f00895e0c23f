import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, assertCanOnUnit, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { invalidState, notFound } from '../../errors/app-error';
import { assertUuid, expectStatus, lockBudget } from '../internal/budget-lock';

type Locked = { tx: Prisma.TransactionClient; user: SessionUser; budgetId: string };

/** Runs `fn` in one transaction on a comment of a budget the accountant is correcting (草稿/退回修改), budget locked. */
async function onEditableComment<T>(db: PrismaClient, user: SessionUser | null, commentId: string, what: string, fn: (l: Locked) => Promise<T>): Promise<T> {
  assertCan(user, 'budget.edit');
  assertUuid(commentId, '审核意见');
  const comment = await db.reviewComment.findFirst({ where: { id: commentId, budget: readableBudgetsWhere(user) }, select: { budgetId: true } });
  if (!comment) throw notFound('审核意见');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, comment.budgetId);
    assertCanOnUnit(user, 'budget.edit', budget.orgId, '审核意见');
    expectStatus(budget, ['DRAFT', 'RETURNED'], what);
    return fn({ tx, user, budgetId: budget.id });
  });
}

/** The accountant marks a review comment 已处理 while correcting the budget, with its audit record. */
export async function markReviewCommentResolved(db: PrismaClient, user: SessionUser | null, commentId: string): Promise<{ resolvedAt: Date }> {
  return onEditableComment(db, user, commentId, '标记审核意见已处理', async ({ tx, user, budgetId }) => {
    const resolvedAt = new Date();
    const { count } = await tx.reviewComment.updateMany({ where: { id: commentId, resolvedAt: null }, data: { resolvedAt, resolution: 'MARKED' } });
    if (count !== 1) throw invalidState('该审核意见已处理');
    await writeAudit(tx, actorOf(user), {
      action: 'comment.resolve',
      entity: '审核意见',
      entityId: commentId,
      budgetId,
      before: { resolvedAt: null },
      after: { resolution: 'MARKED', resolvedAt },
    });
    return { resolvedAt };
  });
}

/** Takes back the accountant's own 已处理 mark (not an automatic one) while the budget is still being corrected. */
export async function reopenReviewComment(db: PrismaClient, user: SessionUser | null, commentId: string): Promise<void> {
  await onEditableComment(db, user, commentId, '撤销审核意见的已处理标记', async ({ tx, user, budgetId }) => {
    const before = await tx.reviewComment.findUniqueOrThrow({ where: { id: commentId }, select: { resolvedAt: true, resolution: true } });
    if (before.resolution !== 'MARKED') throw invalidState(before.resolvedAt ? '该审核意见由重新提交自动标为已处理，不能撤销' : '该审核意见尚未处理');
    await tx.reviewComment.update({ where: { id: commentId }, data: { resolvedAt: null, resolution: null } });
    await writeAudit(tx, actorOf(user), {
      action: 'comment.reopen',
      entity: '审核意见',
      entityId: commentId,
      budgetId,
      before: { resolution: 'MARKED', resolvedAt: before.resolvedAt },
      after: { resolvedAt: null },
    });
  });
}
