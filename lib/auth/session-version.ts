import type { PrismaClient } from '../generated/prisma/client';
import type { SessionUser } from './permissions';

/** Ends every session of the user: cookies issued before now are refused from the next request on. */
export async function endSessions(db: PrismaClient, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * The user a session cookie stands for, re-read from the database: null when the user is gone or
 * disabled, or the cookie's session version is older than the user's (signed out, password reset).
 */
export async function sessionUserOf(db: PrismaClient, uid: string, sessionVersion: number | undefined): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: uid }, include: { units: { select: { orgId: true } } } });
  if (!user || user.disabled || user.sessionVersion !== (sessionVersion ?? 0)) return null;
  const bound = user.units.map((u) => u.orgId);
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitIds: await scopeOf(db, user.role, bound) };
}

/** A department reviewer reaches the department it is bound to and every organisation under it, as they are now. */
export async function scopeOf(db: PrismaClient, role: SessionUser['role'], bound: string[]): Promise<string[]> {
  if (role !== 'DEPT_REVIEWER' || bound.length === 0) return bound;
  const orgs = await db.organization.findMany({
    where: {
      OR: [
        { id: { in: bound }, isDepartment: true },
        { parentId: { in: bound }, parent: { isDepartment: true } },
      ],
    },
    select: { id: true },
  });
  return orgs.map((o) => o.id);
}
