import type { Prisma, PrismaClient } from '../generated/prisma/client';

export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/** Runs `work` in a transaction of its own, or as part of the caller's when `db` already is a transaction. */
export function inTransaction<T>(db: DbOrTx, work: (tx: Prisma.TransactionClient) => Promise<T>, opts?: { timeout?: number; maxWait?: number }): Promise<T> {
  return '$transaction' in db ? db.$transaction(work, opts) : work(db);
}
