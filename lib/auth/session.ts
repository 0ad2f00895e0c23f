import { getServerSession } from 'next-auth';
import { prisma } from '../db/client';
import { unauthenticated } from '../errors/app-error';
import { authOptions } from './auth-options';
import type { SessionUser } from './permissions';

/** The signed-in user, re-read from the database (a disabled user or a changed role takes effect at once). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions)) as { uid?: string } | null;
  if (!session?.uid) return null;
  const user = await prisma().user.findUnique({
    where: { id: session.uid },
    include: { units: { select: { orgId: true } } },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitIds: user.units.map((u) => u.orgId),
  };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  return user;
}
