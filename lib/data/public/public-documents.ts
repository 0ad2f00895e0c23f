import type { PrismaClient } from '../../generated/prisma/client';
import type { DerivedDocument } from '../../domain/types';
import { versionMemo } from '../../document/version-memo';
import { priorThreePublicOf, profileOf, type FrozenDisclosure, type FrozenSnapshot, type GlossaryItem } from '../../document/frozen-disclosure';

// Public reads. A document is public only through a BudgetVersion with publishedAt set; nothing here
// looks at a draft, so an unpublished budget is indistinguishable from an organisation that does not exist.

export interface PublishedVersionRef {
  versionId: string;
  versionNo: number;
  publishedAt: Date;
  correctionNote: string | null;
}

export interface PublishedDocumentSummary extends PublishedVersionRef {
  orgCode: string;
  orgName: string;
  department: { code: string; name: string };
  year: number;
  /** Earlier published versions, newest first. */
  earlier: PublishedVersionRef[];
}

const CODE = /^[0-9A-Za-z]{1,20}$/;

export function isPublicOrgCode(code: string): boolean {
  return CODE.test(code);
}

/** The latest published version of every budget (optionally one year, or matching a name or code), by year desc then code. */
export async function listPublishedDocuments(
  db: PrismaClient,
  filter: { year?: number; q?: string } = {},
): Promise<PublishedDocumentSummary[]> {
  const q = filter.q?.trim();
  const rows = await db.budgetVersion.findMany({
    where: {
      publishedAt: { not: null },
      budget: {
        ...(filter.year ? { year: filter.year } : {}),
        ...(q
          ? {
              OR: [
                { org: { name: { contains: q } } },
                { org: { code: { startsWith: q } } },
                { org: { parent: { name: { contains: q } } } },
                { org: { parent: { code: { startsWith: q } } } },
              ],
            }
          : {}),
      },
    },
    orderBy: [{ versionNo: 'desc' }],
    select: {
      id: true,
      versionNo: true,
      publishedAt: true,
      correctionNote: true,
      budgetId: true,
      budget: { select: { year: true, org: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } } } },
    },
  });
  const byBudget = new Map<string, PublishedDocumentSummary>();
  for (const r of rows) {
    const ref = { versionId: r.id, versionNo: r.versionNo, publishedAt: r.publishedAt!, correctionNote: r.correctionNote };
    const seen = byBudget.get(r.budgetId);
    if (seen) {
      seen.earlier.push(ref);
      continue;
    }
    const org = r.budget.org;
    byBudget.set(r.budgetId, {
      ...ref,
      orgCode: org.code,
      orgName: org.name,
      department: org.parent ? { code: org.parent.code, name: org.parent.name } : { code: org.code, name: org.name },
      year: r.budget.year,
      earlier: [],
    });
  }
  return [...byBudget.values()].sort((a, b) => b.year - a.year || a.orgCode.localeCompare(b.orgCode));
}

export interface PublicDocument extends FrozenDisclosure {
  versionId: string;
  versionNo: number;
  publishedAt: string;
  latestVersionNo: number;
  /** Every published version of this budget, newest first (the shown one included). */
  versions: PublishedVersionRef[];
}

/**
 * The published document of an organisation and year: the latest published version, or the given
 * earlier one. null when there is none (unknown organisation, draft, returned or unpublished version).
 */
export async function getPublicDocument(
  db: PrismaClient,
  orgCode: string,
  year: number,
  versionNo?: number,
): Promise<PublicDocument | null> {
  if (!isPublicOrgCode(orgCode) || !Number.isInteger(year)) return null;
  const versions = await db.budgetVersion.findMany({
    where: { publishedAt: { not: null }, budget: { year, org: { code: orgCode } } },
    orderBy: { versionNo: 'desc' },
    select: { id: true, versionNo: true, publishedAt: true, correctionNote: true },
  });
  if (versions.length === 0) return null;
  const chosen = versionNo === undefined ? versions[0] : versions.find((v) => v.versionNo === versionNo);
  if (!chosen) return null;
  const frozen = await frozenContent(db, chosen.id);
  const glossary: GlossaryItem[] =
    frozen.glossary ?? (await db.glossaryEntry.findMany({ orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } }));
  return {
    versionId: chosen.id,
    versionNo: chosen.versionNo,
    publishedAt: chosen.publishedAt!.toISOString(),
    correctionNote: chosen.correctionNote,
    ...frozen,
    glossary,
    latestVersionNo: versions[0].versionNo,
    versions: versions.map((v) => ({ versionId: v.id, versionNo: v.versionNo, publishedAt: v.publishedAt!, correctionNote: v.correctionNote })),
  };
}

type FrozenContent = Pick<FrozenDisclosure, 'document' | 'profile' | 'attachments' | 'priorThreePublic'> & { glossary: GlossaryItem[] | null };
const frozenMemo = versionMemo<Promise<FrozenContent>>();

/** What the page needs of a version's frozen columns; read and parsed once per version (they never change). */
function frozenContent(db: PrismaClient, versionId: string): Promise<FrozenContent> {
  return frozenMemo(versionId, async () => {
    const row = await db.budgetVersion.findUniqueOrThrow({ where: { id: versionId }, select: { document: true, snapshot: true } });
    const snapshot = row.snapshot as unknown as FrozenSnapshot;
    return {
      document: row.document as unknown as DerivedDocument,
      profile: profileOf(snapshot),
      attachments: snapshot.attachments ?? [],
      priorThreePublic: priorThreePublicOf(snapshot),
      glossary: snapshot.glossary ?? null,
    };
  });
}

/** The frozen engine input of a published version, for the expenditure-lines CSV. */
export async function getPublishedSnapshot(db: PrismaClient, versionId: string): Promise<FrozenSnapshot | null> {
  const row = await db.budgetVersion.findFirst({ where: { id: versionId, publishedAt: { not: null } }, select: { snapshot: true } });
  return row ? (row.snapshot as unknown as FrozenSnapshot) : null;
}

/**
 * An attachment listed in a published version of (org, year): null unless that version's frozen
 * attachment list names it, so nothing attached to a draft is ever served.
 */
export async function getPublishedAttachment(db: PrismaClient, orgCode: string, year: number, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/.test(attachmentId)) return null;
  const d = await getPublicDocument(db, orgCode, year);
  if (!d) return null;
  const listed = new Set<string>();
  for (const v of d.versions) for (const a of (await frozenContent(db, v.versionId)).attachments) listed.add(a.id);
  if (!listed.has(attachmentId)) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, budget: { year, org: { code: orgCode } } },
    select: { fileName: true, mimeType: true, content: true, title: true },
  });
}
