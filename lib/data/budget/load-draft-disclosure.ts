import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { notFound, unauthenticated } from '../../errors/app-error';
import { deriveDocument } from '../../domain/derive-document';
import type { DisclosureInput } from '../../domain/types';
import { draftDisclosure, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { loadDisclosureInput } from './load-disclosure-input';

/**
 * The current (unpublished) document of an organisation and year for staff exports. The user must
 * be allowed to read every unit budget the document covers.
 */
export async function loadDraftDisclosure(
  db: PrismaClient,
  user: SessionUser | null,
  orgCode: string,
  year: number,
): Promise<{ disclosure: FrozenDisclosure; input: DisclosureInput }> {
  if (!user) throw unauthenticated();
  assertCan(user, 'budget.read');
  const input = await loadDisclosureInput(db, orgCode, year);
  if (!input) throw notFound('该单位的预算');
  const units = await db.organization.findMany({ where: { code: { in: input.units.map((u) => u.unit.code) } }, select: { id: true } });
  for (const u of units) assertCan(user, 'budget.read', u.id);
  const glossary = await db.glossaryEntry.findMany({ orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } });
  return { disclosure: draftDisclosure(input, deriveDocument(input), glossary), input };
}
