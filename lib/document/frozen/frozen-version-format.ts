import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client';
import type { DerivedDocument, DisclosureInput, UnitBudget } from '../../domain/types';
import { derivedDocumentSchema } from './document-schema';
import { disclosureInputSchema } from './input-schema';
import { upgradeSnapshotFromFormat2 } from './upgrade-format-2';

// The one owner of the stored format of a frozen budget version (BudgetVersion.snapshot and .document).
// Every version — seeded, submitted, corrected — is written by encodeFrozenVersion and read back through
// parseFrozenSnapshot / parseFrozenDocument; nothing else looks inside those columns.
//
// Format 3 (current):
//   snapshot = { formatVersion: 3, input: DisclosureInput, glossary: GlossaryItem[], attachments: AttachmentRef[] }
//   document = { formatVersion: 3, document: DerivedDocument }
//   DisclosureInput may hold null (未填) staffing numbers, asset counts and prior-year figures, and has
//   assets.asOf, assets.plannedPurchases, procurementReserve and carriedOver per unit.
// Format 2: the same with every such figure known and without those fields; upgraded on read
//   (upgrade-format-2.ts), so versions frozen before format 3 stay readable unchanged in the database.
// Format 1 (two unversioned shapes, rewritten by migration 20261130000100_frozen_version_format):
//   the seed's DisclosureInput & { glossary?, attachments? } and the workflow's bare UnitBudget.

export const FROZEN_FORMAT_VERSION = 3;

export interface GlossaryItem {
  term: string;
  definition: string;
}

export interface AttachmentRef {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** What a version freezes beside its document: the engine input and the texts printed around the tables. */
export interface FrozenSnapshot {
  input: DisclosureInput;
  glossary: GlossaryItem[];
  attachments: AttachmentRef[];
}

const glossarySchema: z.ZodType<GlossaryItem> = z.object({ term: z.string(), definition: z.string() });
const attachmentSchema: z.ZodType<AttachmentRef> = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});

const snapshotSchema = z.object({
  formatVersion: z.literal(FROZEN_FORMAT_VERSION),
  input: disclosureInputSchema,
  glossary: z.array(glossarySchema),
  attachments: z.array(attachmentSchema),
});

// The document's shape is the same in formats 2 and 3.
const documentSchema = z.object({ formatVersion: z.union([z.literal(2), z.literal(FROZEN_FORMAT_VERSION)]), document: derivedDocumentSchema });

/** A stored version that does not parse: data corruption or an unmigrated database, never a user error. */
export class FrozenFormatError extends Error {
  constructor(column: 'snapshot' | 'document', issues: z.core.$ZodIssue[]) {
    const where = issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(根)'}：${i.message}`)
      .join('；');
    super(`预算版本的冻结数据（${column}）格式无法识别，请运行数据库迁移：${where}`);
    this.name = 'FrozenFormatError';
  }
}

export interface FrozenVersionColumns {
  snapshot: Prisma.InputJsonValue;
  document: Prisma.InputJsonValue;
}

/** The snapshot and document columns of a new BudgetVersion row. */
export function encodeFrozenVersion(snapshot: FrozenSnapshot, document: DerivedDocument): FrozenVersionColumns {
  return {
    snapshot: toJson({ formatVersion: FROZEN_FORMAT_VERSION, ...snapshot }),
    document: toJson({ formatVersion: FROZEN_FORMAT_VERSION, document }),
  };
}

export function parseFrozenSnapshot(json: unknown): FrozenSnapshot {
  const r = snapshotSchema.safeParse(upgradeSnapshotFromFormat2(json));
  if (!r.success) throw new FrozenFormatError('snapshot', r.error.issues);
  const { input, glossary, attachments } = r.data;
  return { input, glossary, attachments };
}

export function parseFrozenDocument(json: unknown): DerivedDocument {
  const r = documentSchema.safeParse(json);
  if (!r.success) throw new FrozenFormatError('document', r.error.issues);
  return r.data.document;
}

/** The one unit budget of a 单位 version (what reviewers comment on and versions are diffed by). */
export function frozenUnitBudget(snapshot: FrozenSnapshot): UnitBudget {
  const unit = snapshot.input.units.find((u) => u.unit.code === snapshot.input.org.code) ?? snapshot.input.units[0];
  if (!unit) throw new Error('预算版本的冻结数据不含任何单位预算');
  return unit;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  // JSON round trip: drops undefined members exactly as the database would.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
