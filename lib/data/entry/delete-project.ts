import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { invalid, notFound } from '../../errors/app-error';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, parseOrThrow, versionSchema } from './field-rules';

const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, projectCode: z.string().min(1).max(40) });

/** Removes a project's plan from the budget; refused while lines of the budget still book on it. */
export async function deleteProject(db: PrismaClient, user: SessionUser, raw: z.input<typeof schema>): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '删除项目');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const project = await db.project.findUnique({ where: { code: input.projectCode } });
  if (!project || project.orgId !== budget.orgId) throw notFound(`项目 ${input.projectCode}`);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const used = await tx.expenditureLine.count({ where: { budgetId: budget.id, projectId: project.id } });
    const before = (await loadUnitBudget(tx as PrismaClient, budget.id)).projects.find((p) => p.code === project.code);
    if (!before) throw notFound(`本预算中的项目 ${project.code}`);
    if (used > 0) throw invalid(`项目 ${project.code} ${before.name} 仍有 ${used} 行支出明细，请先删除或改挂这些明细`);
    await tx.projectPlan.delete({ where: { budgetId_projectId: { budgetId: budget.id, projectId: project.id } } });
    const stillUsed =
      (await tx.projectPlan.count({ where: { projectId: project.id } })) + (await tx.expenditureLine.count({ where: { projectId: project.id } }));
    if (stillUsed === 0) await tx.project.delete({ where: { id: project.id } });
    await writeAudit(tx, actorOf(user), { action: 'project.delete', entity: '项目', entityId: project.code, budgetId: budget.id, before });
  });
  return { version };
}
