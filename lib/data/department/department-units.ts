import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { BUDGET_STATUS_LABELS } from '../../domain/entry-labels';
import { PROFILE_SELECT } from '../internal/load-unit-budget';

// The units of a 部门 for a year and the frozen versions a 部门预算 consolidates. A unit is a child
// organisation with a unit kind (a body without one — a 执法大队 合署办公 — has no budget of its own and
// is never counted). A department that is itself a unit (029) publishes its one 单位 document instead.

type Db = PrismaClient | Prisma.TransactionClient;

export const CONSOLIDATED_STATUSES: readonly BudgetStatus[] = ['APPROVED', 'PUBLISHED'];

export interface DepartmentUnit {
  orgId: string;
  code: string;
  name: string;
  budgetId: string | null;
  /** null when the unit has no budget for the year. */
  status: BudgetStatus | null;
  /** The unit's newest approved or published version, whatever the budget's status now. */
  consolidatedVersionId: string | null;
  /** The unit has a published version (the public may follow a link to it). */
  published: boolean;
}

export interface DepartmentOrg {
  id: string;
  code: string;
  name: string;
  duties: string;
  structure: string;
  internalDivisions: number | null;
  authorizedHeadcount: number | null;
  actualHeadcount: number | null;
  otherPersonnel: number | null;
}

const deptSelect = { id: true, code: true, name: true, ...PROFILE_SELECT } as const;

/** A department that publishes a 部门预算 of its own: isDepartment without a budget of its own. */
export async function findConsolidatingDepartment(db: Db, code: string): Promise<DepartmentOrg | null> {
  if (!/^[0-9A-Za-z]{1,40}$/.test(code)) return null;
  return db.organization.findFirst({ where: { code, isDepartment: true, unitKind: null }, select: deptSelect });
}

/** The budget-holding units under the department (a 停用 unit only when it has a budget that year), by code. */
export async function listDepartmentUnits(db: Db, departmentId: string, year: number): Promise<DepartmentUnit[]> {
  const orgs = await db.organization.findMany({
    where: { parentId: departmentId, unitKind: { not: null } },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      name: true,
      disabled: true,
      budgets: {
        where: { year },
        select: {
          id: true,
          status: true,
          versions: {
            where: { status: { in: [...CONSOLIDATED_STATUSES] } },
            orderBy: { versionNo: 'desc' },
            select: { id: true, publishedAt: true },
          },
        },
      },
    },
  });
  return orgs
    .filter((o) => !o.disabled || o.budgets.length > 0)
    .map((o) => {
      const b = o.budgets[0];
      return {
        orgId: o.id,
        code: o.code,
        name: o.name,
        budgetId: b?.id ?? null,
        status: b?.status ?? null,
        consolidatedVersionId: b?.versions[0]?.id ?? null,
        published: Boolean(b?.versions.some((v) => v.publishedAt)),
      };
    });
}

/** The units that keep the department from publishing, as the Chinese list the refusal shows. */
export function unitsNotApproved(units: DepartmentUnit[]): string[] {
  return units
    .filter((u) => !u.status || !CONSOLIDATED_STATUSES.includes(u.status) || !u.consolidatedVersionId)
    .map((u) => `${u.code} ${u.name}（${u.status ? BUDGET_STATUS_LABELS[u.status] : '尚未编制'}）`);
}

/** The department's bodies without a budget of their own (不单列预算), for its 机构设置. */
export async function listNonBudgetBodies(db: Db, departmentId: string): Promise<string[]> {
  const rows = await db.organization.findMany({
    where: { parentId: departmentId, unitKind: null, isDepartment: false, disabled: false },
    orderBy: { code: 'asc' },
    select: { name: true },
  });
  return rows.map((r) => r.name);
}
