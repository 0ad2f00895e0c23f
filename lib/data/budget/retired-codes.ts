import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';

/** The year's retired (停用) catalogue codes of every kind: not offered for new lines, still resolved for existing ones. */
export async function loadRetiredCodes(db: PrismaClient | Prisma.TransactionClient, year: number): Promise<string[]> {
  const args = { where: { year, retiredAt: { not: null } }, select: { code: true } };
  // Sequential: `db` may be a transaction client. Function, 部门 and 政府 codes start with 2, 3 and 5: they never collide.
  const rows = [...(await db.functionSubject.findMany(args)), ...(await db.deptEconSubject.findMany(args)), ...(await db.govEconSubject.findMany(args))];
  return rows.map((r) => r.code).sort();
}
