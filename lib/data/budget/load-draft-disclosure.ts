import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { deriveDocument } from '../../domain/derive-document';
import type { DisclosureInput } from '../../domain/types';
import { draftDisclosure, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { yearTemplateTexts } from '../internal/disclosure-template';
import { loadReadableDisclosureInput } from './load-readable-disclosure-input';

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
  const input = await loadReadableDisclosureInput(db, user, orgCode, year);
  const { templateId, glossary, phrases } = await yearTemplateTexts(db, year);
  return { disclosure: draftDisclosure(input, deriveDocument(input, templateId, phrases), glossary), input };
}
