import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { assertCan, can, type SessionUser } from '../../auth/permissions';

export interface MyUnitBudget {
  id: string;
  year: number;
  yearName: string;
  status: BudgetStatus;
  /** Review comments not yet resolved. */
  openComments: number;
}

/** An open fiscal year for which the unit has no budget yet. */
export interface MissingYear {
  year: number;
  yearName: string;
  /** The unit has a budget for the year before, so 沿用上年 is possible. */
  hasPrevious: boolean;
}

export interface MyUnit {
  id: string;
  code: string;
  name: string;
  department: { code: string; name: string } | null;
  /** The user may start a budget for this unit (own unit, not disabled). */
  canCreate: boolean;
  /** Newest year first. */
  budgets: MyUnitBudget[];
  /** Open years without a budget, newest first. */
  missingYears: MissingYear[];
}

/**
 * The budget-holding units the user is bound to (UserUnit), each with its budgets by year and the
 * open fiscal years it has no budget for yet. Reviewers are bound to no unit and get an empty list.
 */
export async function listMyUnits(db: PrismaClient, user: SessionUser | null): Promise<MyUnit[]> {
  assertCan(user, 'budget.read');
  if (user.unitIds.length === 0) return [];
  const [orgs, openYears] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: user.unitIds }, unitKind: { not: null }, userUnits: { some: { userId: user.id } } },
      orderBy: { code: 'asc' },
      select: {
        id: true,
        code: true,
        name: true,
        disabled: true,
        parent: { select: { code: true, name: true } },
        budgets: {
          orderBy: { year: 'desc' },
          select: {
            id: true,
            year: true,
            status: true,
            fiscalYear: { select: { name: true } },
            _count: { select: { comments: { where: { resolvedAt: null } } } },
          },
        },
      },
    }),
    db.fiscalYear.findMany({ where: { isOpen: true }, orderBy: { year: 'desc' }, select: { year: true, name: true } }),
  ]);
  return orgs
    .filter((o) => can(user, 'budget.read', o.id))
    .map((o) => {
      const years = new Set(o.budgets.map((b) => b.year));
      return {
        id: o.id,
        code: o.code,
        name: o.name,
        department: o.parent,
        canCreate: !o.disabled && can(user, 'budget.edit', o.id),
        budgets: o.budgets.map((b) => ({ id: b.id, year: b.year, yearName: b.fiscalYear.name, status: b.status, openComments: b._count.comments })),
        missingYears: openYears.filter((y) => !years.has(y.year)).map((y) => ({ year: y.year, yearName: y.name, hasPrevious: years.has(y.year - 1) })),
      };
    });
}
