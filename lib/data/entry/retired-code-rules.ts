import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { loadYearCatalogsWithRetired } from '../budget/year-catalogs';
import type { Tx } from './edit-guard';
import type { LineInput } from './line-rules';

const CODE_COLUMNS = ['functionCode', 'deptEconCode', 'govEconCode'] as const;
type CodeColumn = (typeof CODE_COLUMNS)[number];

/** The year's retired (停用) codes, and those of them the budget's lines use today (which those lines may keep). */
export interface RetiredCodes {
  retired: ReadonlySet<string>;
  inUse: ReadonlySet<string>;
}

export async function loadRetiredCodesOfBudget(db: PrismaClient | Tx, budgetId: string, year: number): Promise<RetiredCodes> {
  const retired = new Set((await loadYearCatalogsWithRetired(db, year)).retiredCodes);
  if (retired.size === 0) return { retired, inUse: new Set() };
  const codes = [...retired];
  const used = await db.expenditureLine.findMany({
    where: { budgetId, OR: [{ functionCode: { in: codes } }, { deptEconCode: { in: codes } }, { govEconCode: { in: codes } }] },
    select: { functionCode: true, deptEconCode: true, govEconCode: true },
  });
  return { retired, inUse: new Set(used.flatMap((l) => CODE_COLUMNS.map((c) => l[c])).filter((c) => retired.has(c))) };
}

/**
 * A retired code is refused on a line unless the budget already books on it: 停用 stops new use of a code, while
 * the lines that had it (also re-imported from the unit's own workbook) keep it.
 */
export function retiredCodeProblems(line: Pick<LineInput, CodeColumn>, codes: RetiredCodes): { column: CodeColumn; message: string }[] {
  return CODE_COLUMNS.filter((c) => codes.retired.has(line[c]) && !codes.inUse.has(line[c])).map((column) => ({
    column,
    message: `${line[column]} 已停用，不能用于新增或修改的行，请选择其他科目`,
  }));
}
