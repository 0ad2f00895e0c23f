import type { PrismaClient } from '../../lib/db/client';
import type { SessionUser } from '../../lib/auth/permissions';
import { scopeOf } from '../../lib/auth/session-version';

/** The SessionUser the server would build for a seeded user (as lib/auth/session.ts does). */
export async function sessionUser(db: PrismaClient, username: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, include: { units: { select: { orgId: true } } } });
  const unitIds = await scopeOf(
    db,
    u.role,
    u.units.map((x) => x.orgId),
  );
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitIds };
}

export async function budgetIdOf(db: PrismaClient, orgCode: string, year = 2026): Promise<string> {
  const b = await db.budget.findFirstOrThrow({ where: { year, org: { code: orgCode } }, select: { id: true } });
  return b.id;
}

/** An accountant bound to another unit (901001), created for permission tests. */
export async function otherUnitAccountant(db: PrismaClient): Promise<SessionUser> {
  const org = await db.organization.findUniqueOrThrow({ where: { code: '901001' } });
  const u = await db.user.create({
    data: {
      username: `kuaiji901001_${Date.now()}`,
      displayName: '示例局填报人',
      role: 'ACCOUNTANT',
      passwordHash: 'x',
      units: { create: { orgId: org.id } },
    },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, role: 'ACCOUNTANT', unitIds: [org.id] };
}

/** A department reviewer (主管部门审核人) bound to the department `deptCode`, created for tests. */
export async function departmentReviewer(db: PrismaClient, deptCode: string): Promise<SessionUser> {
  const dept = await db.organization.findUniqueOrThrow({ where: { code: deptCode } });
  const u = await db.user.create({
    data: {
      username: `zhuguan${deptCode}_${Date.now()}`,
      displayName: '主管部门审核人',
      role: 'DEPT_REVIEWER',
      passwordHash: 'x',
      units: { create: { orgId: dept.id } },
    },
  });
  return sessionUser(db, u.username);
}
