import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, isUnitScoped, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import type { DisclosureInput } from '../../domain/types';
import { loadDisclosureInput } from './load-disclosure-input';

/**
 * The engine input of (org, year) for a staff preview: the user must be able to read every unit
 * budget it is made of (an accountant: only their own units). Answers NOT_FOUND otherwise, so
 * another unit's draft is never revealed.
 */
export async function loadReadableDisclosureInput(db: PrismaClient, user: SessionUser | null, orgCode: string, year: number): Promise<DisclosureInput> {
  assertCan(user, 'budget.read');
  const org = await db.organization.findUnique({ where: { code: orgCode }, select: { id: true, unitKind: true } });
  if (!org) throw notFound('单位');
  const units = await db.budget.findMany({
    where: { year, ...(org.unitKind ? { orgId: org.id } : { org: { parentId: org.id } }) },
    select: { orgId: true },
  });
  if (units.length === 0 || units.some((b) => !user.unitIds.includes(b.orgId) && isUnitScoped(user))) throw notFound('预算');
  const input = await loadDisclosureInput(db, orgCode, year);
  if (!input) throw notFound('预算');
  return input;
}
