import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { conflict, notFound } from '../../errors/app-error';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, parseOrThrow, versionSchema } from './field-rules';
import { writeProjectPlan } from './project-rules';

const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, projectCode: z.string().min(1).max(40) });

/** Brings a project of the unit's previous-year budget into this budget with its whole performance-target table. */
export async function carryOverProject(db: PrismaClient, user: SessionUser, raw: z.input<typeof schema>): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '结转项目');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const prevBudget = await db.budget.findUnique({ where: { orgId_year: { orgId: budget.orgId, year: budget.year - 1 } } });
  if (!prevBudget) throw notFound(`${budget.year - 1}年度预算`);
  const prev = await loadUnitBudget(db, prevBudget.id);
  const project = prev.projects.find((p) => p.code === input.projectCode);
  if (!project) throw notFound(`${budget.year - 1}年度项目 ${input.projectCode}`);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const already = await tx.projectPlan.count({ where: { budgetId: budget.id, project: { code: project.code } } });
    if (already > 0) throw conflict(`项目 ${project.code} 已在本年度项目库中`);
    // 沿用上年: the copied texts stay marked until the user saves the project (which rewrites the plan).
    await writeProjectPlan(tx, budget.orgId, budget.id, project, undefined, true);
    await writeAudit(tx, actorOf(user), {
      action: 'project.carryOver',
      entity: '项目',
      entityId: project.code,
      budgetId: budget.id,
      after: { fromYear: budget.year - 1, project },
    });
  });
  return { version };
}
