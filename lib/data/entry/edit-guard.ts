import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { conflict, invalidState, notFound } from '../../errors/app-error';
export { actorOf } from '../../audit/write-audit';
import { BUDGET_STATUS_LABELS, type BudgetStatusName } from '../../domain/entry-labels';
import { closedYearMessage, expectOpenYear } from '../internal/budget-lock';
import { refreshBudgetSummary } from '../internal/budget-summary';

export type Tx = Prisma.TransactionClient;

export const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'] as const;
export const CONFLICT_MESSAGE = '该预算已被他人修改（您看到的是旧版本），本次修改未保存，请刷新后重试';

export interface EditableBudget {
  id: string;
  orgId: string;
  year: number;
  status: string;
  version: number;
  orgCode: string;
  unitKind: string | null;
}

function refuseStatus(status: string): never {
  throw invalidState(`预算当前状态为“${BUDGET_STATUS_LABELS[status as BudgetStatusName] ?? status}”，只有草稿或退回修改状态的预算可以修改`);
}

/**
 * Loads a budget the user may edit; checks permission on its unit, that its fiscal year is open and its
 * status (year and status are checked again in the transaction).
 */
export async function findEditableBudget(db: PrismaClient, user: SessionUser, budgetId: string): Promise<EditableBudget> {
  assertCan(user, 'budget.edit');
  const b = await db.budget.findUnique({
    where: { id: budgetId },
    include: { org: { select: { code: true, unitKind: true } }, fiscalYear: { select: { isOpen: true } } },
  });
  if (!b) throw notFound('预算');
  assertCanOnUnit(user, 'budget.edit', b.orgId);
  if (!b.fiscalYear.isOpen) throw invalidState(closedYearMessage(b.year));
  if (!(EDITABLE_STATUSES as readonly string[]).includes(b.status)) refuseStatus(b.status);
  return { id: b.id, orgId: b.orgId, year: b.year, status: b.status, version: b.version, orgCode: b.org.code, unitKind: b.org.unitKind };
}

/**
 * Inside the write transaction: moves the budget from expectedVersion to the next version, only while it
 * is still editable. A stale version → CONFLICT; a status changed meanwhile → INVALID_STATE. Returns the new version.
 */
export async function bumpVersion(tx: Tx, budgetId: string, expectedVersion: number): Promise<number> {
  const { count } = await tx.budget.updateMany({
    where: { id: budgetId, version: expectedVersion, status: { in: [...EDITABLE_STATUSES] } },
    data: { version: { increment: 1 } },
  });
  if (count === 1) return expectedVersion + 1;
  const now = await tx.budget.findUnique({ where: { id: budgetId }, select: { status: true, version: true } });
  if (!now) throw notFound('预算');
  if (now.version !== expectedVersion) throw conflict(CONFLICT_MESSAGE);
  refuseStatus(now.status);
}

/**
 * The one shape of every budget write: permission, fiscal year and status checked up front, then ONE
 * transaction that re-checks the year is open, bumps the optimistic version (re-checking status) and runs
 * the write with its audit record.
 */
export async function runBudgetEdit<T>(
  db: PrismaClient,
  budget: EditableBudget,
  expectedVersion: number,
  write: (tx: Tx, newVersion: number) => Promise<T>,
): Promise<{ version: number; result: T }> {
  return db.$transaction(
    async (tx) => {
      await expectOpenYear(tx, budget.year);
      const version = await bumpVersion(tx, budget.id, expectedVersion);
      const result = await write(tx, version);
      // The reviewer queue's total and check counts, written with the edit (budget-summary.ts).
      await refreshBudgetSummary(tx, budget.id);
      return { version, result };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
