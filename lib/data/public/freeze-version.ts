import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { deriveDocument } from '../../domain/derive-document';
import type { DerivedDocument, DisclosureInput } from '../../domain/types';
import type { AttachmentRef, FrozenSnapshot, GlossaryItem } from '../../document/frozen-disclosure';

type Db = PrismaClient | Prisma.TransactionClient;

/** The two JSON columns of a BudgetVersion row, ready to spread into `budgetVersion.create({ data })`. */
export interface FrozenVersionData {
  snapshot: Prisma.InputJsonValue;
  document: Prisma.InputJsonValue;
}

/** The row data and the derived document it holds (whose checks decide whether it may be published). */
export interface FrozenVersion {
  data: FrozenVersionData;
  derived: DerivedDocument;
}

/**
 * The snapshot and document columns of a BudgetVersion: the engine input with the glossary and the
 * attachment list as they stand now, and the document derived from it. Once written they are never
 * recomputed: the public page and every export read them back as they are.
 */
export function freezeVersionData(
  input: DisclosureInput,
  extras: { glossary: GlossaryItem[]; attachments: AttachmentRef[] },
): FrozenVersion {
  const snapshot: FrozenSnapshot = { ...input, glossary: extras.glossary, attachments: extras.attachments };
  const derived = deriveDocument(input);
  return { data: { snapshot: toJson(snapshot), document: toJson(derived) }, derived };
}

/** freezeVersionData with the glossary and the budgets' attachment lists read from the database. */
export async function freezeVersion(db: Db, input: DisclosureInput): Promise<FrozenVersion> {
  // Sequential: `db` may be a transaction client, which runs one query at a time.
  const glossary = await db.glossaryEntry.findMany({ orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } });
  const attachments = await db.attachment.findMany({
    where: { budget: { year: input.year, org: { code: { in: input.units.map((u) => u.unit.code) } } } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, fileName: true, mimeType: true, size: true },
  });
  return freezeVersionData(input, { glossary, attachments });
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
