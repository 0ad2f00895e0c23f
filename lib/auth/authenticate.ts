import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword, verifyPassword } from './password';
import { beginLoginAttempt, markLoginSucceeded } from './login-throttle';

let dummyHash: Promise<string> | null = null;

/**
 * Checks a username/password pair with throttling. Every refusal looks the same to the caller
 * (null), and an unknown user costs one argon2 verification like a known one, so neither the
 * answer nor its timing tells whether the account exists.
 */
export async function authenticate(
  db: PrismaClient,
  username: string,
  password: string,
  ip: string,
): Promise<{ id: string; name: string; sessionVersion: number } | null> {
  if (!username || !password || username.length > 64 || password.length > 256) return null;
  const attempt = await beginLoginAttempt(db, username, ip);
  if (attempt === null) return null;
  const user = await db.user.findUnique({ where: { username } });
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const success = ok && !!user && !user.disabled;
  if (success) await markLoginSucceeded(db, attempt);
  return success ? { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion } : null;
}
