import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { isValidAmount } from '../../domain/money';
import { invalid, notFound } from '../../errors/app-error';
import { expectStatus, lockBudget } from '../workflow/budget-lock';

/** Changes one expenditure line's amount (元) of a draft or returned budget of the user's own unit. */
export async function updateLineAmount(
  db: PrismaClient,
  user: SessionUser | null,
  budgetId: string,
  lineKey: string,
  amount: string,
): Promise<void> {
  assertCan(user, 'budget.edit');
  const value = amount.trim().replace(/,/g, '');
  if (!isValidAmount(value)) throw invalid('金额：请输入不小于0、最多两位小数的元金额', [{ field: '金额', message: '格式不正确' }]);
  await db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    assertCanOnUnit(user, 'budget.edit', budget.orgId);
    expectStatus(budget, ['DRAFT', 'RETURNED'], '修改');
    const line = await tx.expenditureLine.findUnique({ where: { budgetId_lineKey: { budgetId, lineKey } } });
    if (!line) throw notFound(`支出明细行“${lineKey}”`);
    await tx.expenditureLine.update({ where: { id: line.id }, data: { amount: value } });
    await tx.budget.update({ where: { id: budgetId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, actorOf(user), {
      action: 'line.update',
      entity: '支出明细行',
      entityId: lineKey,
      budgetId,
      before: { amount: line.amount.toFixed(2) },
      after: { amount: value },
    });
  });
}
