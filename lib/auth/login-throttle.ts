import type { PrismaClient } from '../generated/prisma/client';

// Failed sign-ins are throttled per account and per address over a sliding window. A refused
// attempt is recorded as a failure too, so an account under attack stays locked while it lasts.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Checks the throttle and records this attempt as one atomic step: under advisory locks on the account
 * and the address, recent failures are counted and the attempt is written as a failure (a refused one
 * too, so an account under attack stays locked). Concurrent attempts therefore count each other.
 * Returns the attempt's id to mark as a success after the password checks out, or null when throttled.
 */
export async function beginLoginAttempt(db: PrismaClient, username: string, ip: string, now = new Date()): Promise<bigint | null> {
  const user = username.slice(0, 64);
  const address = ip.slice(0, 64);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:user:${user}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:ip:${address}`}))`;
    const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { username: user, success: true, createdAt: { gte: windowStart } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
    const accountFailures = await tx.loginAttempt.count({ where: { username: user, success: false, createdAt: { gt: accountSince } } });
    const addressFailures = await tx.loginAttempt.count({ where: { ip: address, success: false, createdAt: { gte: windowStart } } });
    const attempt = await tx.loginAttempt.create({ data: { username: user, ip: address, success: false }, select: { id: true } });
    return accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS ? null : attempt.id;
  });
}

export async function markLoginSucceeded(db: PrismaClient, attemptId: bigint): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/**
 * The client address: X-Forwarded-For as scripts/serve-next.ts rewrites it on every request (the socket
 * address, or what a TRUSTED_PROXIES proxy saw), so a client cannot choose it.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const v = headers?.['x-forwarded-for'];
  return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || 'unknown';
}
