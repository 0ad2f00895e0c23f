import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { diffLines, type LineDiff } from '../../domain/diff/diff-lines';
import { diffTables, type TableDiff } from '../../domain/diff/diff-tables';
import { getBudgetVersion } from './get-budget-workflow';

export interface VersionDiff {
  fromVersion: number;
  toVersion: number;
  lines: LineDiff;
  tables: TableDiff[];
}

/** What changed between a frozen version and the one before it (null for the first submission). */
export async function getVersionDiff(db: PrismaClient, user: SessionUser | null, budgetId: string, toVersion: number): Promise<VersionDiff | null> {
  if (toVersion < 2) return null;
  const [before, after] = await Promise.all([getBudgetVersion(db, user, budgetId, toVersion - 1), getBudgetVersion(db, user, budgetId, toVersion)]);
  return {
    fromVersion: before.versionNo,
    toVersion: after.versionNo,
    lines: diffLines(before.unit.lines, after.unit.lines),
    tables: diffTables(before.document.tables, after.document.tables),
  };
}
