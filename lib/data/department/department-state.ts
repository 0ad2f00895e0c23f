import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, isUnitScoped, type SessionUser } from '../../auth/permissions';
import { listDepartmentUnits, unitsNotApproved, type DepartmentUnit } from './department-units';

// What the finance bureau sees of each 部门预算 of a year: its units' statuses and whether the department
// document can be published, is public, or is 已过期 (a unit was approved or corrected after it).

export type DepartmentDocumentState = 'NOT_READY' | 'READY' | 'PUBLISHED' | 'STALE';

export const DEPARTMENT_STATE_LABELS: Record<DepartmentDocumentState, string> = {
  NOT_READY: '单位尚未全部批复',
  READY: '可公开',
  PUBLISHED: '已公开',
  STALE: '已过期',
};

export interface DepartmentReviewRow {
  code: string;
  name: string;
  units: DepartmentUnit[];
  state: DepartmentDocumentState;
  /** The units not yet approved (empty when the department may be published). */
  missing: string[];
  latestVersionNo: number | null;
  canPublish: boolean;
  /** The next publication is a correction and needs a 更正说明. */
  needsCorrectionNote: boolean;
}

export function sameVersionSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

export function departmentState(units: DepartmentUnit[], latestUnitVersionIds: string[] | null): DepartmentDocumentState {
  const missing = unitsNotApproved(units);
  const current = units.map((u) => u.consolidatedVersionId ?? '');
  if (latestUnitVersionIds) return missing.length === 0 && sameVersionSet(latestUnitVersionIds, current) ? 'PUBLISHED' : 'STALE';
  return missing.length === 0 && units.length > 0 ? 'READY' : 'NOT_READY';
}

/** Every department with units of its own budget (not the single-unit ones such as 029), by code; a department reviewer's only. */
export async function listDepartmentsForReview(db: PrismaClient, user: SessionUser | null, year: number): Promise<DepartmentReviewRow[]> {
  assertCan(user, 'review.queue');
  const depts = await db.organization.findMany({
    where: {
      isDepartment: true,
      unitKind: null,
      OR: [{ disabled: false }, { departmentVersions: { some: { year } } }],
      ...(isUnitScoped(user) ? { id: { in: user.unitIds } } : {}), // a department reviewer: its own department only
    },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      name: true,
      departmentVersions: { where: { year }, orderBy: { versionNo: 'desc' }, take: 1, select: { versionNo: true, unitVersionIds: true } },
    },
  });
  const rows: DepartmentReviewRow[] = [];
  for (const d of depts) {
    const units = await listDepartmentUnits(db, d.id, year);
    if (units.length === 0 && d.departmentVersions.length === 0) continue;
    const latest = d.departmentVersions[0] ?? null;
    const missing = unitsNotApproved(units);
    const state = departmentState(units, latest?.unitVersionIds ?? null);
    rows.push({
      code: d.code,
      name: d.name,
      units,
      state,
      missing,
      latestVersionNo: latest?.versionNo ?? null,
      canPublish: missing.length === 0 && units.length > 0 && state !== 'PUBLISHED',
      needsCorrectionNote: latest !== null,
    });
  }
  return rows;
}
