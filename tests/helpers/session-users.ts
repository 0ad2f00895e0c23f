import type { PrismaClient } from '../../lib/db/client';
import type { SessionUser } from '../../lib/auth/permissions';

/** The SessionUser the server would build for a seeded user. */
export async function sessionUserOf(db: PrismaClient, username: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, include: { units: true } });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitIds: u.units.map((x) => x.orgId) };
}

/** An accountant bound to another unit (901001), created for permission tests. */
export async function otherUnitAccountant(db: PrismaClient): Promise<SessionUser> {
  const org = await db.organization.findUniqueOrThrow({ where: { code: '901001' } });
  const u = await db.user.create({
    data: { username: `kuaiji901001_${Date.now()}`, displayName: '示例局填报人', role: 'ACCOUNTANT', passwordHash: 'x', units: { create: { orgId: org.id } } },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, role: 'ACCOUNTANT', unitIds: [org.id] };
}
