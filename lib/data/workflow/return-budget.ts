import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, assertCanOnUnit, can, type SessionUser } from '../../auth/permissions';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../document/frozen/frozen-version-format';
import { refreshBudgetSummary } from '../internal/budget-summary';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';
import { expectDepartmentTurn, expectFinanceTurn } from '../internal/review-levels';
import { validateComments, type CommentInput } from './review-comments';

/**
 * → 退回修改, with at least one reviewer comment (which may point at a table, a line or a project). The finance
 * bureau returns what awaits it (已提交 of a one-level department, 待财政审核); a department reviewer returns
 * the 待主管部门审核 budgets of its own department's units.
 */
export async function returnBudget(db: PrismaClient, user: SessionUser | null, budgetId: string, comments: CommentInput[]): Promise<{ commentIds: string[] }> {
  const byDepartment = user !== null && !can(user, 'budget.review') && can(user, 'budget.forward');
  if (!byDepartment) assertCan(user, 'budget.review');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    if (byDepartment) {
      assertCanOnUnit(user, 'budget.forward', budget.orgId);
      await expectDepartmentTurn(tx, budget, '退回修改');
    } else {
      expectStatus(budget, ['SUBMITTED', 'FORWARDED'], '退回修改');
      await expectFinanceTurn(tx, budget, '退回修改');
    }
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
      before: { status: budget.status, versionNo: version.versionNo },
      after: { status: 'RETURNED', comments: cleaned },
    });
    return { commentIds };
  });
}
