import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { Indicator, Project, ProjectFunding, ProjectFundingLevel } from '../../domain/types';

type Tx = Prisma.TransactionClient;

/**
 * Writes one project's plan (with funds and indicators) into the budget, replacing its previous plan there. The
 * name, category and attribute are the plan's: the project row, shared by the years, is created once and not
 * renamed. Empty indicator values are NULL.
 */
export async function writeProjectPlan(
  tx: Tx,
  orgId: string,
  budgetId: string,
  p: Omit<Project, 'unitCode'>,
  sortOrder?: number,
  carriedOver = false,
): Promise<{ projectId: string; created: boolean }> {
  const existing = await tx.project.findUnique({ where: { code: p.code } });
  if (existing && existing.orgId !== orgId) throw new ProjectCodeTaken(p.code);
  const project =
    existing ??
    (await tx.project.create({ data: { orgId, code: p.code, name: p.name, originYear: p.originYear, category: p.category, attribute: p.attribute } }));
  const old = await tx.projectPlan.findUnique({ where: { budgetId_projectId: { budgetId, projectId: project.id } } });
  if (old) await tx.projectPlan.delete({ where: { id: old.id } });
  const order = sortOrder ?? old?.sortOrder ?? ((await tx.projectPlan.aggregate({ where: { budgetId }, _max: { sortOrder: true } }))._max.sortOrder ?? -1) + 1;
  const plan = await tx.projectPlan.create({
    data: {
      budgetId,
      projectId: project.id,
      sortOrder: order,
      name: p.name,
      category: p.category,
      attribute: p.attribute,
      period: p.period ?? null,
      overview: p.overview,
      basis: p.basis,
      necessity: p.necessity,
      safeguards: p.safeguards,
      plan: p.plan,
      goalPeriod: p.goalPeriod,
      goalYear: p.goalYear,
      manager: p.manager,
      handler: p.handler,
      phone: p.phone,
      filledAt: p.filledAt,
      carriedOver,
    },
  });
  const funding = (scope: 'PERIOD' | 'YEAR', f: ProjectFunding): Prisma.ProjectFundingCreateManyInput[] =>
    Object.entries(f)
      .filter(([, a]) => a !== undefined)
      .map(([level, amount]) => ({ planId: plan.id, scope, level: level as ProjectFundingLevel, amount: amount! }));
  await tx.projectFunding.createMany({ data: [...funding('PERIOD', p.fundingPeriod), ...funding('YEAR', p.fundingYear)] });
  const indicators = (scope: 'PERIOD' | 'YEAR', list: Indicator[]): Prisma.IndicatorCreateManyInput[] =>
    list.map((ind, i) => ({
      planId: plan.id,
      scope,
      sortOrder: i,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      comparator: ind.value.comparator ?? null,
      number: ind.value.number || null,
      unit: ind.value.unit || null,
      text: ind.value.text || null,
    }));
  await tx.indicator.createMany({ data: [...indicators('PERIOD', p.indicatorsPeriod), ...indicators('YEAR', p.indicatorsYear)] });
  return { projectId: project.id, created: !old };
}

export class ProjectCodeTaken extends Error {
  constructor(public readonly code: string) {
    super(`项目编码 ${code} 已被其他单位使用`);
  }
}
