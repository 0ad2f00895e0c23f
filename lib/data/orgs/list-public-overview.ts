import type { PrismaClient } from '../../generated/prisma/client';

/** Fiscal years and the organisation tree for the home page: names, codes and kinds only, no budget figures. */
export async function listHomeOverview(db: PrismaClient) {
  const [years, orgs] = await Promise.all([
    db.fiscalYear.findMany({ orderBy: { year: 'desc' } }),
    db.organization.findMany({
      where: { disabled: false },
      orderBy: { code: 'asc' },
      select: {
        id: true,
        code: true,
        name: true,
        unitKind: true,
        isDepartment: true,
        parentId: true,
        budgets: { select: { year: true }, orderBy: { year: 'desc' } },
      },
    }),
  ]);
  const departments = orgs
    .filter((o) => o.isDepartment && !o.parentId)
    .map((d) => ({ ...d, units: orgs.filter((o) => o.parentId === d.id) }));
  return { years, departments };
}
