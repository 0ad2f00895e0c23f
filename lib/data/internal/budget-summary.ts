import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { DEFAULT_TEMPLATE_ID } from '../../domain/templates';
import type { CheckResult } from '../../domain/types';
import { parseFrozenDocument } from '../../document/frozen/frozen-version-format';
import { loadYearCatalogs } from '../budget/load-disclosure-input';
import { loadUnitBudget } from './load-unit-budget';
import { deriveWorkspaceDocument } from '../entry/derive-workspace-document';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The reviewer queue's summary of a budget, kept on the budget row (total, blocking_checks,
 * warning_checks, checks_at): 收支总计 of its lines and the failing checks of its document — the live
 * derivation while 草稿/退回修改, the latest frozen version's document once submitted (what the
 * reviewer reviews). Every budget write rewrites it inside its own transaction, after the write:
 * runBudgetEdit (every entry edit and the Excel import), createEmptyBudget, saveUnitBudget (沿用上年, the
 * seed), and the workflow transitions that change what the counts are read from (submit freezes a
 * version, return and reopen make the budget a draft again). Approve and publish change neither.
 * Rows whose checks_at is NULL (未计算: after the migration, or invalidated by a catalogue import or an
 * organisation change) are computed by the queue on its first read (ensureBudgetSummaries).
 */
export interface CheckCounts {
  blocking: number;
  warnings: number;
}

export function checkCounts(checks: readonly CheckResult[]): CheckCounts {
  let blocking = 0;
  let warnings = 0;
  for (const c of checks) {
    if (c.passed) continue;
    if (c.severity === 'BLOCKING') blocking++;
    else warnings++;
  }
  return { blocking, warnings };
}

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/** Writes the summary from the given checks; the total is summed from the lines by the same statement. */
export async function storeBudgetSummary(db: Db, budgetId: string, counts: CheckCounts): Promise<void> {
  await db.$executeRaw`
    UPDATE budget SET
      total = (SELECT coalesce(sum(amount), 0) FROM expenditure_line WHERE budget_id = ${budgetId}::uuid),
      blocking_checks = ${counts.blocking}, warning_checks = ${counts.warnings}, checks_at = now()
    WHERE id = ${budgetId}::uuid`;
}

/** The failing-check counts of a budget as it stands: derived live while editable, else its latest frozen version's. */
export async function currentCheckCounts(db: Db, budgetId: string): Promise<CheckCounts> {
  const budget = await db.budget.findUniqueOrThrow({ where: { id: budgetId }, select: { status: true, year: true } });
  if (EDITABLE.has(budget.status)) {
    // Sequential: `db` may be a transaction client, which runs one query at a time.
    const unit = await loadUnitBudget(db, budgetId);
    const catalogs = await loadYearCatalogs(db, budget.year);
    // The workspace's own memo (the engine's default template, as deriveDocument): the page reloaded after this
    // write finds the document already derived when its year prints with that template and no phrase overrides.
    const input = { year: budget.year, scope: 'UNIT' as const, org: unit.unit, units: [unit], catalogs };
    return checkCounts(deriveWorkspaceDocument(input, DEFAULT_TEMPLATE_ID).checks);
  }
  const latest = await db.budgetVersion.findFirst({ where: { budgetId }, orderBy: { versionNo: 'desc' }, select: { document: true } });
  return checkCounts(latest ? parseFrozenDocument(latest.document).checks : []);
}

/** Recomputes and stores the summary of one budget (inside the caller's write transaction). */
export async function refreshBudgetSummary(db: Db, budgetId: string): Promise<void> {
  await storeBudgetSummary(db, budgetId, await currentCheckCounts(db, budgetId));
}

/**
 * Marks the check counts of a year's editable budgets 未计算 (a catalogue import changes what their
 * checks find); the queue recomputes them on its next read.
 */
export async function invalidateYearSummaries(db: Db, year: number): Promise<void> {
  await db.$executeRaw`
    UPDATE budget SET blocking_checks = NULL, warning_checks = NULL, checks_at = NULL
    WHERE year = ${year} AND status IN ('DRAFT', 'RETURNED')`;
}

/** Marks the check counts of an organisation's editable budgets 未计算 (its name or kind changed). */
export async function invalidateOrgSummaries(db: Db, orgId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE budget SET blocking_checks = NULL, warning_checks = NULL, checks_at = NULL
    WHERE org_id = ${orgId}::uuid AND status IN ('DRAFT', 'RETURNED')`;
}

/**
 * The lazy path for 未计算 rows: computes each under the budget's row lock, unless a write computed it
 * meanwhile, and returns the counts by budget id. No queries when every row is computed.
 */
export async function ensureBudgetSummaries(db: PrismaClient, budgetIds: readonly string[]): Promise<Map<string, CheckCounts>> {
  const computed = new Map<string, CheckCounts>();
  for (const id of budgetIds) {
    const counts = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ blocking: number | null; warnings: number | null }[]>`
          SELECT blocking_checks AS blocking, warning_checks AS warnings FROM budget WHERE id = ${id}::uuid FOR UPDATE`;
        const row = rows[0];
        if (!row) return null;
        if (row.blocking !== null && row.warnings !== null) return { blocking: row.blocking, warnings: row.warnings };
        const fresh = await currentCheckCounts(tx, id);
        await storeBudgetSummary(tx, id, fresh);
        return fresh;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (counts) computed.set(id, counts);
  }
  return computed;
}
