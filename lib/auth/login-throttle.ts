import type { PrismaClient } from '../generated/prisma/client';

// Failed sign-ins are throttled per account and per address over a sliding window. A refused
// attempt is recorded as a failure too, so an account under attack stays locked while it lasts.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** True when the account or the address has too many recent failures (since the account's last success). */
export async function isLoginThrottled(db: PrismaClient, username: string, ip: string, now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.count({ where: { username, success: false, createdAt: { gt: accountSince } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: windowStart } } }),
  ]);
  return accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginAttempt(db: PrismaClient, username: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { username: username.slice(0, 64), ip: ip.slice(0, 64), success } });
}

/** The client address as the server sees it: the first X-Forwarded-For entry when behind a proxy. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const pick = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const forwarded = pick(headers?.['x-forwarded-for'])?.split(',')[0]?.trim();
  return forwarded || pick(headers?.['x-real-ip'])?.trim() || 'unknown';
}
