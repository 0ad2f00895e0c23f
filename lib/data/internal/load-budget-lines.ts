import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { ExpenditureLine, FundSource, FundTiming, SpendingKind } from '../../domain/types';

/**
 * A budget's expenditure lines in their order, in the engine's shape: one statement with the project codes
 * joined and the amounts as NUMERIC(18,2) text ("500000.00"), so that 10,000 lines cost no per-row decimal objects.
 */
export async function loadBudgetLines(db: PrismaClient | Prisma.TransactionClient, budgetId: string): Promise<ExpenditureLine[]> {
  const rows = await db.$queryRaw<
    {
      line_key: string;
      function_code: string;
      kind: SpendingKind;
      project_code: string | null;
      dept_econ_code: string;
      gov_econ_code: string;
      source: FundSource;
      timing: FundTiming;
      amount: string;
    }[]
  >`
    SELECT l.line_key, l.function_code, l.kind::text AS kind, p.code AS project_code, l.dept_econ_code, l.gov_econ_code,
      l.source::text AS source, l.timing::text AS timing, l.amount::text AS amount
    FROM expenditure_line l LEFT JOIN project p ON p.id = l.project_id
    WHERE l.budget_id = ${budgetId}::uuid
    ORDER BY l.sort_order`;
  return rows.map((l) => ({
    id: l.line_key,
    functionCode: l.function_code,
    kind: l.kind,
    projectCode: l.project_code,
    deptEconCode: l.dept_econ_code,
    govEconCode: l.gov_econ_code,
    source: l.source,
    timing: l.timing,
    amount: l.amount,
  }));
}
