import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { conflict, invalidState, notFound } from '../../errors/app-error';
import { BUDGET_STATUS_LABELS } from '../../domain/entry-labels';

type Tx = Prisma.TransactionClient;

export { BUDGET_STATUS_LABELS };

export interface LockedBudget {
  id: string;
  orgId: string;
  year: number;
  status: BudgetStatus;
  version: number;
}

/**
 * Locks the budget row for the rest of the transaction (SELECT … FOR UPDATE). A concurrent
 * transition of the same budget waits here and then sees the new status.
 */
export async function lockBudget(tx: Tx, budgetId: string): Promise<LockedBudget> {
  assertUuid(budgetId);
  const rows = await tx.$queryRaw<LockedBudget[]>`
    SELECT id, org_id AS "orgId", year, status::text AS status, version
    FROM budget WHERE id = ${budgetId}::uuid FOR UPDATE`;
  const budget = rows[0];
  if (!budget) throw notFound('预算');
  return budget;
}

export function expectStatus(budget: LockedBudget, expected: readonly BudgetStatus[], action: string): void {
  if (!expected.includes(budget.status)) {
    const allowed = expected.map((s) => BUDGET_STATUS_LABELS[s]).join('或');
    throw invalidState(`该预算当前为“${BUDGET_STATUS_LABELS[budget.status]}”，只有“${allowed}”的预算可以${action}`);
  }
}

/**
 * Inside the transaction: the budget's fiscal year is still open. The fiscal_year row is share-locked,
 * so an administrator closing the year waits for this transaction (and a write after the close sees it).
 */
export async function expectOpenYear(tx: Tx, year: number, what = '修改或提交预算'): Promise<void> {
  const rows = await tx.$queryRaw<{ isOpen: boolean }[]>`SELECT is_open AS "isOpen" FROM fiscal_year WHERE year = ${year} FOR SHARE`;
  if (!rows[0]?.isOpen) throw invalidState(closedYearMessage(year, what));
}

export function closedYearMessage(year: number, what = '修改或提交预算'): string {
  return `${year}年度已结束，不能${what}`;
}

/** The status change itself, conditional on the status just checked; a lost race is a conflict. */
export async function moveStatus(tx: Tx, budget: LockedBudget, to: BudgetStatus): Promise<void> {
  const { count } = await tx.budget.updateMany({
    where: { id: budget.id, status: budget.status, version: budget.version },
    data: { status: to, version: { increment: 1 } },
  });
  if (count !== 1) throw conflict('该预算的状态已被他人改变，请刷新后重试');
}

/** The budget's newest frozen version (the one under review after a submission). */
export async function latestVersion(tx: Tx, budgetId: string) {
  const v = await tx.budgetVersion.findFirst({ where: { budgetId }, orderBy: { versionNo: 'desc' } });
  if (!v) throw invalidState('该预算尚无提交的版本');
  return v;
}

/** A UUID check before any query, so a malformed id reads as "not found" rather than a database error. */
export function assertUuid(id: string, what = '预算'): void {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound(what);
}
