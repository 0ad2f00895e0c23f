import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';

/** An attachment's file, for a user who may read the budget it belongs to. */
export async function readAttachment(db: PrismaClient, user: SessionUser, orgCode: string, year: number, id: string) {
  assertCan(user, 'budget.read');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('附件');
  const a = await db.attachment.findFirst({ where: { id, budget: { year, org: { code: orgCode } } }, include: { budget: { select: { orgId: true } } } });
  if (!a) throw notFound('附件');
  assertCanOnUnit(user, 'budget.read', a.budget.orgId, '附件');
  return { fileName: a.fileName, mimeType: a.mimeType, content: a.content };
}
