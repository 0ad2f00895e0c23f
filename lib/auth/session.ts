import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { prisma } from '../db/client';
import { unauthenticated } from '../errors/app-error';
import { authOptions } from './auth-options';
import type { SessionUser } from './permissions';
import { sessionUserOf } from './session-version';

/**
 * The signed-in user, re-read from the database (a disabled user, a changed role or an ended session takes effect at once).
 * Read once per server render (the layout's user menu and the page share it); route handlers and actions read it per call.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  return sessionUserOf(prisma(), session.uid, session.sv);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  return user;
}
