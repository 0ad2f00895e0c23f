import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { invalidState } from '../../errors/app-error';
import { expectOpenYear, expectStatus, lockBudget, moveStatus } from '../internal/budget-lock';
import { checkCounts, storeBudgetSummary } from '../internal/budget-summary';
import { failingBlockingChecks, freezeVersion, loadUnitInput } from '../internal/freeze-version';
import { resolveEditedComments } from '../internal/resolve-edited-comments';

/**
 * 草稿/退回修改 → 已提交. Freezes the budget data and its derived document as a new version;
 * refused while a blocking check fails. It then awaits the department (two review levels) or the finance bureau.
 */
export async function submitBudget(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<{ versionNo: number }> {
  assertCan(user, 'budget.submit');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    assertCanOnUnit(user, 'budget.submit', budget.orgId);
    expectStatus(budget, ['DRAFT', 'RETURNED'], '提交');
    await expectOpenYear(tx, budget.year);
    const input = await loadUnitInput(tx, budget.id, budget.year);
    const { columns, document } = await freezeVersion(tx, input);
    const failing = failingBlockingChecks(document);
    if (failing.length > 0) {
      throw invalidState(`有 ${failing.length} 项阻断性校验未通过，不能提交：${failing.join('；')}`);
    }
    const last = await tx.budgetVersion.findFirst({ where: { budgetId }, orderBy: { versionNo: 'desc' }, select: { versionNo: true } });
    const versionNo = (last?.versionNo ?? 0) + 1;
    await moveStatus(tx, budget, 'SUBMITTED');
    const version = await tx.budgetVersion.create({
      data: { budgetId, versionNo, status: 'SUBMITTED', ...columns, createdById: user.id },
    });
    await storeBudgetSummary(tx, budgetId, checkCounts(document.checks));
    const resolvedComments = await resolveEditedComments(tx, budgetId, input.units[0], version.createdAt);
    await writeAudit(tx, actorOf(user), {
      action: 'budget.submit',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: budget.status },
      after: {
        status: 'SUBMITTED',
        versionNo,
        versionId: version.id,
        warnings: document.checks.filter((c) => !c.passed).length,
        ...(resolvedComments.length > 0 ? { resolvedComments } : {}),
      },
    });
    return { versionNo };
  });
}
