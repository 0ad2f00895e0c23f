import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { invalidState } from '../../errors/app-error';
import { actorOf, findEditableBudget, runBudgetEdit, type Tx } from './edit-guard';
import { parseOrThrow, versionSchema } from './field-rules';
import { lineOfStored, projectOfStored, summariseImport, type BudgetContent, type ImportSummary } from './import-plan';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { projectSchema, type ProjectInput } from './project-rules';
import type { LineInput } from './line-rules';
import { writeBudgetContent } from './import-entry-workbook';

export const NOT_UNDOABLE = '本次导入之后预算已有其他修改，无法撤销导入';

// Lines as the import stored them (key); earlier records used the domain shape (id).
const storedLine = z
  .object({
    key: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    functionCode: z.string(),
    kind: z.enum(['BASIC', 'PROJECT']),
    projectCode: z.string().nullable(),
    deptEconCode: z.string(),
    govEconCode: z.string(),
    source: z.string(),
    timing: z.enum(['CURRENT', 'CARRYOVER']),
    amount: z.string(),
  })
  .refine((l) => l.key ?? l.id, { error: '行号缺失' });
const importRecord = z.object({
  before: z.object({ lines: z.array(storedLine), projects: z.array(projectSchema.extend({ unitCode: z.string().optional() })) }),
  after: z.object({ version: z.number().int() }),
});

/** The latest audit record of the budget when it is an import that produced `version`: what 撤销本次导入 restores. */
async function undoableImport(db: PrismaClient | Tx, budgetId: string, version: number) {
  const last = await db.auditLog.findFirst({ where: { budgetId }, orderBy: { id: 'desc' } });
  if (!last || last.action !== 'budget.importExcel') return null;
  const r = importRecord.safeParse({ before: last.before, after: last.after });
  if (!r.success || r.data.after.version !== version) return null;
  const content: BudgetContent = {
    lines: r.data.before.lines.map(({ id, key, ...l }) => ({ ...l, key: (key ?? id)!, source: l.source as LineInput['source'] })),
    projects: r.data.before.projects.map((p) => projectOfStored({ unitCode: '', ...p } as Parameters<typeof projectOfStored>[0]) as ProjectInput),
  };
  return { auditId: last.id, content };
}

/** Whether 撤销本次导入 is possible now: the last change of the budget is an Excel import and nothing came after it. */
export async function canUndoEntryImport(db: PrismaClient, user: SessionUser, budgetId: string): Promise<boolean> {
  const budget = await findEditableBudget(db, user, budgetId);
  return (await undoableImport(db, budget.id, budget.version)) !== null;
}

/**
 * 撤销本次导入: puts back the lines and projects the budget had before its last Excel import (kept in that import's
 * audit record), only while the import is still the budget's latest change and the caller saw its version.
 * One transaction with the version bump and its own audit record.
 */
export async function undoEntryImport(
  db: PrismaClient,
  user: SessionUser,
  input: { budgetId: string; expectedVersion: number },
): Promise<{ version: number; summary: ImportSummary }> {
  const budget = await findEditableBudget(db, user, input.budgetId);
  const expectedVersion = parseOrThrow(versionSchema, input.expectedVersion, '版本号');
  const { version, result } = await runBudgetEdit(db, budget, expectedVersion, async (tx) => {
    const found = await undoableImport(tx, budget.id, expectedVersion);
    if (!found) throw invalidState(NOT_UNDOABLE);
    const u = await loadUnitBudget(tx as PrismaClient, budget.id);
    const now: BudgetContent = { lines: u.lines.map(lineOfStored), projects: u.projects.map(projectOfStored) };
    await writeBudgetContent(tx, budget, found.content);
    const summary = summariseImport(now, found.content, 'replace');
    await writeAudit(tx, actorOf(user), {
      action: 'budget.undoImport',
      entity: '单位预算',
      entityId: budget.id,
      budgetId: budget.id,
      before: { lines: now.lines, projects: now.projects },
      after: { undoneAudit: found.auditId.toString(), summary, lines: found.content.lines, projects: found.content.projects },
    });
    return summary;
  });
  return { version, summary: result };
}
