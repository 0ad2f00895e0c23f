import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { UnitBudget } from '../../domain/types';
import { refreshBudgetSummary } from './budget-summary';
import { profileFromInfo } from './load-unit-budget';
import { writeProjectPlan } from './write-project-plan';

type Tx = Prisma.TransactionClient;

/**
 * Writes a whole UnitBudget into the budget of (org, year), replacing its profile (单位概况), lines, plans,
 * procurement, assets, prior-year figures and texts. Runs inside the caller's transaction; the caller writes the
 * audit record. Returns the budget id.
 */
export async function saveUnitBudget(tx: Tx, orgId: string, year: number, data: UnitBudget): Promise<string> {
  // The profile is this year's: it goes to the budget row, never to the organisation.
  const carried = new Set<string>(data.carriedOver);
  const row = {
    ...profileFromInfo(data.unit),
    profileCarriedOver: carried.has('profile'),
    smeReserved: data.procurementReserve.sme,
    smallMicroReserved: data.procurementReserve.smallMicro,
  };
  const budget = await tx.budget.upsert({
    where: { orgId_year: { orgId, year } },
    create: { orgId, year, ...row },
    update: row,
  });
  const budgetId = budget.id;
  await tx.expenditureLine.deleteMany({ where: { budgetId } });
  await tx.projectPlan.deleteMany({ where: { budgetId } });
  await tx.procurementItem.deleteMany({ where: { budgetId } });
  await tx.assetVehicle.deleteMany({ where: { budgetId } });
  await tx.assetSnapshot.deleteMany({ where: { budgetId } });
  await tx.priorYearFigure.deleteMany({ where: { budgetId } });
  await tx.narrativeText.deleteMany({ where: { budgetId } });

  const projectIds = new Map<string, string>();
  for (const [i, p] of data.projects.entries()) {
    projectIds.set(p.code, (await writeProjectPlan(tx, orgId, budgetId, p, i, carried.has(`project.${p.code}`))).projectId);
  }
  await tx.expenditureLine.createMany({
    data: data.lines.map((l, i) => {
      const projectId = l.projectCode ? projectIds.get(l.projectCode) : null;
      if (l.projectCode && !projectId) throw new Error(`支出明细 ${l.id}：项目 ${l.projectCode} 不存在`);
      return {
        budgetId,
        year,
        lineKey: l.id,
        sortOrder: i,
        functionCode: l.functionCode,
        kind: l.kind,
        projectId: projectId ?? null,
        deptEconCode: l.deptEconCode,
        govEconCode: l.govEconCode,
        source: l.source,
        timing: l.timing,
        amount: l.amount,
      };
    }),
  });
  await tx.procurementItem.createMany({
    data: data.procurement.map((p) => ({
      budgetId,
      itemKey: p.id,
      category: p.category,
      catalogCode: p.catalogCode,
      name: p.name,
      amount: p.amount,
    })),
  });
  const a = data.assets;
  await tx.assetSnapshot.create({
    data: {
      budgetId,
      asOf: new Date(`${a.asOf}T00:00:00Z`),
      vehicleQuota: a.vehicleQuota,
      officeArea: a.officeArea,
      equipmentOver50: a.equipmentOver50,
      equipmentOver100: a.equipmentOver100,
      carriedOver: carried.has('assets'),
    },
  });
  await tx.assetVehicle.createMany({
    data: (Object.keys(a.vehicles) as (keyof typeof a.vehicles)[]).map((kind) => ({
      budgetId,
      kind,
      count: a.vehicles[kind],
      plannedPurchase: a.plannedPurchases[kind] ?? null,
    })),
  });
  const py = data.priorYear;
  await tx.priorYearFigure.create({
    data: {
      budgetId,
      totalIncome: py.totalIncome,
      totalExpenditure: py.totalExpenditure,
      generalCurrentExpenditure: py.generalCurrentExpenditure,
      abroad: py.threePublic.abroad,
      reception: py.threePublic.reception,
      vehiclePurchase: py.threePublic.vehiclePurchase,
      vehicleOperation: py.threePublic.vehicleOperation,
      operatingCost: py.operatingCost,
    },
  });
  await tx.narrativeText.createMany({
    data: Object.entries(data.reasons).map(([key, text]) => ({ budgetId, key, text, carriedOver: carried.has(`reasons.${key}`) })),
  });
  await refreshBudgetSummary(tx, budgetId);
  return budgetId;
}
