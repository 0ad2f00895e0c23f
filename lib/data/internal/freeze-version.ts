import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { deriveDocument } from '../../domain/derive-document';
import type { DerivedDocument, DisclosureInput } from '../../domain/types';
import { encodeFrozenVersion, type FrozenSnapshot, type FrozenVersionColumns } from '../../document/frozen/frozen-version-format';
import { loadYearCatalogs } from '../budget/load-disclosure-input';
import { yearTemplateTexts } from './disclosure-template';
import { loadUnitBudget } from './load-unit-budget';

type Db = PrismaClient | Prisma.TransactionClient;

export interface FrozenVersion {
  /** The snapshot and document columns, ready to spread into `budgetVersion.create({ data })`. */
  columns: FrozenVersionColumns;
  snapshot: FrozenSnapshot;
  /** Its checks decide whether the version may be submitted. */
  document: DerivedDocument;
}

/**
 * The one way a version is frozen (seed, submission, correction alike): the engine input, the year's 名词解释
 * (its own or its template's), its phrase overrides (recorded in the document) and the attachment list as they stand now, and the document derived from them in the year's template
 * (recorded in the document). Never recomputed afterwards.
 */
export async function freezeVersion(db: Db, input: DisclosureInput): Promise<FrozenVersion> {
  // Sequential: `db` may be a transaction client, which runs one query at a time.
  const { templateId, glossary, phrases } = await yearTemplateTexts(db, input.year);
  const attachments = await db.attachment.findMany({
    where: { budget: { year: input.year, org: { code: { in: input.units.map((u) => u.unit.code) } } } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, fileName: true, mimeType: true, size: true },
  });
  const snapshot: FrozenSnapshot = { input, glossary, attachments };
  const document = deriveDocument(input, templateId, phrases);
  return { columns: encodeFrozenVersion(snapshot, document), snapshot, document };
}

/** The 单位 engine input of one budget as it stands (inside the caller's transaction, if any). */
export async function loadUnitInput(db: Db, budgetId: string, year: number): Promise<DisclosureInput> {
  const unit = await loadUnitBudget(db, budgetId);
  return { year, scope: 'UNIT', org: unit.unit, units: [unit], catalogs: await loadYearCatalogs(db, year) };
}

/** The failing blocking checks, named for a Chinese message. */
export function failingBlockingChecks(document: DerivedDocument): string[] {
  return document.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed).map((c) => `${c.name}（${c.message}）`);
}
