import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { invalid } from '../../errors/app-error';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, parseOrThrow, versionSchema } from './field-rules';
import { ProjectCodeTaken, projectSchema, writeProjectPlan, type ProjectInput } from './project-rules';

const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, project: projectSchema });
export type SaveProjectInput = { budgetId: string; expectedVersion: number; project: ProjectInput };

/** Creates or updates one project of the budget: the project, its performance-target table, funds and indicator tree. */
export async function saveProject(db: PrismaClient, user: SessionUser, raw: SaveProjectInput): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '项目') as SaveProjectInput;
  const budget = await findEditableBudget(db, user, input.budgetId);
  const taken = await db.project.findUnique({ where: { code: input.project.code } });
  if (taken && taken.orgId !== budget.orgId)
    throw invalid(`项目编码 ${input.project.code} 已被其他单位使用`, [{ field: 'project.code', message: `项目编码 ${input.project.code} 已被其他单位使用` }]);
  try {
    const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
      const before = (await loadUnitBudget(tx as PrismaClient, budget.id)).projects.find((p) => p.code === input.project.code) ?? null;
      const { created } = await writeProjectPlan(tx, budget.orgId, budget.id, input.project);
      await writeAudit(tx, actorOf(user), {
        action: created ? 'project.create' : 'project.update',
        entity: '项目',
        entityId: input.project.code,
        budgetId: budget.id,
        before,
        after: input.project,
      });
    });
    return { version };
  } catch (e) {
    if (e instanceof ProjectCodeTaken) throw invalid(e.message, [{ field: 'project.code', message: e.message }]);
    throw e;
  }
}
