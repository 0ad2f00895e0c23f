import type { PrismaClient } from '../generated/prisma/client';
import { getPublicDocument, getPublishedInput } from '../data/public/public-documents';
import { EXPORT_FORMATS, type ExportFormat } from '../document/public-links';
import { cachedExport } from './export-cache';
import { EXPORT_REVISION } from './export-files';

// Right after a publication every download of the new version is written in the background, so the
// first reader gets the stored file instead of waiting for Chromium. A reader who comes earlier shares
// the generation in progress (cachedExport); a failure here only means that reader generates it.

export async function writePublishedExports(db: PrismaClient, versionId: string): Promise<ExportFormat[]> {
  const v = await db.budgetVersion.findFirst({
    where: { id: versionId, publishedAt: { not: null } },
    select: { budget: { select: { year: true, org: { select: { code: true } } } } },
  });
  if (!v) return [];
  const d = await getPublicDocument(db, v.budget.org.code, v.budget.year);
  if (!d || d.versionId !== versionId) return [];
  const { renderExport } = await import('./render-export');
  const written: ExportFormat[] = [];
  for (const format of EXPORT_FORMATS) {
    await cachedExport(db, versionId, format, () => renderExport(format, d, () => getPublishedInput(db, versionId)));
    written.push(format);
  }
  return written;
}

/** Starts writePublishedExports without waiting for it; errors are logged, never thrown. */
export function pregenerateExports(db: PrismaClient, versionId: string): void {
  void writePublishedExports(db, versionId).catch((e: unknown) => console.error(`预生成公开文件失败（版本 ${versionId}）`, e));
}

/** Which downloads of a published version are already stored. */
export async function storedExportFormats(db: PrismaClient, versionId: string): Promise<string[]> {
  const rows = await db.exportFile.findMany({ where: { versionId, revision: EXPORT_REVISION }, select: { format: true }, distinct: ['format'] });
  return rows.map((r) => r.format);
}
