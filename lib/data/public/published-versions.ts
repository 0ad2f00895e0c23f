import type { PrismaClient } from '../../generated/prisma/client';
import type { DerivedDocument } from '../../domain/types';

// The public read side of publication: only BudgetVersion rows with publishedAt set are ever
// returned, so drafts, submissions and approved-but-unpublished versions stay invisible.

export interface PublishedDocument {
  versionId: string;
  versionNo: number;
  publishedAt: Date;
  correctionNote: string | null;
  document: DerivedDocument;
}

export interface PublishedVersionSummary {
  versionId: string;
  versionNo: number;
  publishedAt: Date;
  correctionNote: string | null;
}

function publishedWhere(orgCode: string, year: number) {
  return { publishedAt: { not: null }, budget: { year, org: { code: orgCode, disabled: false } } };
}

/** The latest published document of (org, year), or the given published version; null if none. */
export async function getPublishedDocument(
  db: PrismaClient,
  orgCode: string,
  year: number,
  versionNo?: number,
): Promise<PublishedDocument | null> {
  const v = await db.budgetVersion.findFirst({
    where: { ...publishedWhere(orgCode, year), ...(versionNo !== undefined ? { versionNo } : {}) },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, versionNo: true, publishedAt: true, correctionNote: true, document: true },
  });
  if (!v || !v.publishedAt) return null;
  return {
    versionId: v.id,
    versionNo: v.versionNo,
    publishedAt: v.publishedAt,
    correctionNote: v.correctionNote,
    document: v.document as unknown as DerivedDocument,
  };
}

/** Every published version of (org, year), newest first. */
export async function listPublishedVersions(db: PrismaClient, orgCode: string, year: number): Promise<PublishedVersionSummary[]> {
  const rows = await db.budgetVersion.findMany({
    where: publishedWhere(orgCode, year),
    orderBy: { publishedAt: 'desc' },
    select: { id: true, versionNo: true, publishedAt: true, correctionNote: true },
  });
  return rows.map((r) => ({ versionId: r.id, versionNo: r.versionNo, publishedAt: r.publishedAt!, correctionNote: r.correctionNote }));
}
