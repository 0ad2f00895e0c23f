import type { PrismaClient } from '../../lib/db/client';
import type { SessionUser } from '../../lib/auth/permissions';
import { saveLines } from '../../lib/data/entry/save-lines';

/**
 * Changes one expenditure line's amount the way the workspace grid does: saveLines at the budget's
 * current version (the one line-edit path, with its optimistic version check).
 */
export async function setLineAmount(db: PrismaClient, user: SessionUser | null, budgetId: string, lineKey: string, amount: string) {
  const budget = await db.budget.findUniqueOrThrow({ where: { id: budgetId }, select: { version: true } });
  const l = await db.expenditureLine.findUniqueOrThrow({
    where: { budgetId_lineKey: { budgetId, lineKey } },
    include: { project: { select: { code: true } } },
  });
  const line = {
    key: l.lineKey,
    functionCode: l.functionCode,
    kind: l.kind,
    projectCode: l.project?.code ?? null,
    deptEconCode: l.deptEconCode,
    govEconCode: l.govEconCode,
    source: l.source,
    timing: l.timing,
    amount,
  };
  // saveLines refuses an anonymous caller itself (UNAUTHENTICATED); its type only admits signed-in users.
  return saveLines(db, user as SessionUser, { budgetId, expectedVersion: budget.version, upserts: [line], deletes: [] });
}
