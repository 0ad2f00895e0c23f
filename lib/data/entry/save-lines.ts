import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import type { FieldError } from '../../errors/app-error';
import { actorOf, findEditableBudget, runBudgetEdit, type Tx } from './edit-guard';
import { idSchema, parseOrThrow, throwIfAny, versionSchema } from './field-rules';
import { cleanLine, lineName, lineProblems, loadYearCodes, type LineInput } from './line-rules';
import { LINE_COLUMNS } from '../../domain/entry-labels';
import { loadRetiredCodesOfBudget, retiredCodeProblems, type RetiredCodes } from './retired-code-rules';

const MAX_LINES = 20_000;

const saveLinesSchema = z.object({
  budgetId: idSchema,
  expectedVersion: versionSchema,
  upserts: z.array(z.record(z.string(), z.unknown())).max(MAX_LINES, { error: `一次最多保存${MAX_LINES}行` }),
  deletes: z.array(z.string().max(40)).max(MAX_LINES),
});

export type SaveLinesInput = { budgetId: string; expectedVersion: number; upserts: LineInput[]; deletes: string[] };

export async function budgetProjectIds(db: PrismaClient | Tx, budgetId: string): Promise<Map<string, string>> {
  const plans = await db.projectPlan.findMany({ where: { budgetId }, select: { project: { select: { id: true, code: true } } } });
  return new Map(plans.map((p) => [p.project.code, p.project.id]));
}

/** Field errors of a batch of lines, each naming the line and the column. */
export function lineBatchErrors(
  upserts: LineInput[],
  deletes: string[],
  codes: Awaited<ReturnType<typeof loadYearCodes>>,
  projects: ReadonlySet<string>,
  retired?: RetiredCodes,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const deleted = new Set(deletes);
  for (const line of upserts) {
    const name = lineName(line);
    if (seen.has(line.key)) errors.push({ field: `lines.${line.key}.key`, message: `${name}：行号重复` });
    if (deleted.has(line.key)) errors.push({ field: `lines.${line.key}.key`, message: `${name}：同时被修改和删除` });
    seen.add(line.key);
    for (const p of [...lineProblems(line, codes, projects), ...(retired ? retiredCodeProblems(line, retired) : [])]) {
      errors.push({ field: `lines.${line.key}.${p.column}`, message: `${name} ${LINE_COLUMNS[p.column]}：${p.message}` });
    }
  }
  return errors;
}

/** Saves a batch of grid changes (upserts and deletes by line key): all of it or nothing. Returns the new version. */
export async function saveLines(db: PrismaClient, user: SessionUser, raw: SaveLinesInput): Promise<{ version: number }> {
  const input = parseOrThrow(saveLinesSchema, raw, '支出明细') as unknown as SaveLinesInput;
  const budget = await findEditableBudget(db, user, input.budgetId);
  const projects = await budgetProjectIds(db, budget.id);
  const codes = await loadYearCodes(db, budget.year, budget.unitKind);
  const retired = await loadRetiredCodesOfBudget(db, budget.id, budget.year);
  throwIfAny(lineBatchErrors(input.upserts, input.deletes, codes, new Set(projects.keys()), retired), '支出明细');
  const lines = input.upserts.map(cleanLine);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const touched = [...lines.map((l) => l.key), ...input.deletes];
    const before = await tx.expenditureLine.findMany({ where: { budgetId: budget.id, lineKey: { in: touched } } });
    const maxOrder = await tx.expenditureLine.aggregate({ where: { budgetId: budget.id }, _max: { sortOrder: true } });
    const oldOrder = new Map(before.map((l) => [l.lineKey, l.sortOrder]));
    let next = (maxOrder._max.sortOrder ?? -1) + 1;
    await tx.expenditureLine.deleteMany({ where: { budgetId: budget.id, lineKey: { in: touched } } });
    await tx.expenditureLine.createMany({
      data: lines.map((l) => ({
        budgetId: budget.id,
        year: budget.year,
        lineKey: l.key,
        sortOrder: l.sortOrder ?? oldOrder.get(l.key) ?? next++,
        functionCode: l.functionCode,
        kind: l.kind,
        projectId: l.projectCode ? projects.get(l.projectCode)! : null,
        deptEconCode: l.deptEconCode,
        govEconCode: l.govEconCode,
        source: l.source,
        timing: l.timing,
        amount: l.amount,
      })),
    });
    await writeAudit(tx, actorOf(user), {
      action: 'lines.save',
      entity: '支出明细',
      entityId: budget.id,
      budgetId: budget.id,
      before: before.map((l) => ({ ...l, amount: l.amount.toFixed(2) })),
      after: { upserts: lines, deletes: input.deletes },
    });
  });
  return { version };
}
