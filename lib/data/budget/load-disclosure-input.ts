import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { DisclosureInput } from '../../domain/types';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { loadYearCatalogs } from './year-catalogs';

export { loadYearCatalogs };

/**
 * The engine input for an organisation and year: a budget-holding unit gives a 单位 document;
 * a department without a budget of its own gives a 部门 document over its units' budgets.
 * Returns null when the organisation or its budgets do not exist.
 */
export async function loadDisclosureInput(db: PrismaClient | Prisma.TransactionClient, orgCode: string, year: number): Promise<DisclosureInput | null> {
  const org = await db.organization.findUnique({ where: { code: orgCode } });
  if (!org) return null;
  const catalogs = await loadYearCatalogs(db, year);
  if (org.unitKind) {
    const budget = await db.budget.findUnique({ where: { orgId_year: { orgId: org.id, year } } });
    if (!budget) return null;
    const unit = await loadUnitBudget(db, budget.id);
    // The unit's profile is the year's own (from its budget row), never the organisation's.
    return { year, scope: 'UNIT', org: unit.unit, units: [unit], catalogs };
  }
  const budgets = await db.budget.findMany({
    where: { year, org: { parentId: org.id } },
    include: { org: { select: { code: true } } },
  });
  if (budgets.length === 0) return null;
  budgets.sort((a, b) => a.org.code.localeCompare(b.org.code));
  const units = [];
  for (const b of budgets) units.push(await loadUnitBudget(db, b.id));
  // A department without a budget of its own: its 部门 profile is the organisation's.
  return {
    year,
    scope: 'DEPARTMENT',
    org: {
      code: org.code,
      name: org.name,
      kind: units[0].unit.kind,
      duties: org.duties,
      structure: org.structure,
      staffing: {
        internalDivisions: org.internalDivisions,
        authorizedHeadcount: org.authorizedHeadcount,
        actualHeadcount: org.actualHeadcount,
        otherPersonnel: org.otherPersonnel,
      },
    },
    units,
    catalogs,
  };
}
