import { redirect } from 'next/navigation';
import { loginUrl } from './home-path';
import { getSessionUser } from './session';
import type { SessionUser } from './permissions';

/** The signed-in user of a staff page; anonymous visitors are sent to sign in and back. */
export async function requirePageUser(path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginUrl(path));
  return user;
}
