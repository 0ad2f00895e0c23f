import { actorOf } from '../../audit/write-audit';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { importCatalog } from '../../catalog/import-catalog';
import { CatalogFileError, parseCatalogBuffer } from '../../catalog/parse-catalog-file';
import { validateCatalogRows, type CatalogKind } from '../../domain/catalog/validate-catalog';
import type { CatalogFileImport } from '../../catalog/import-catalog-file';
import { invalid, notFound } from '../../errors/app-error';

export const MAX_CATALOG_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Imports an uploaded catalogue file; a file with any bad row changes nothing and names the rows. */
export async function importCatalogUpload(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  data: Uint8Array,
  fileName: string,
): Promise<CatalogFileImport> {
  assertCan(user, 'catalog.manage');
  if (data.byteLength === 0) throw invalid('文件：请选择要上传的科目文件');
  if (data.byteLength > MAX_CATALOG_UPLOAD_BYTES) throw invalid('文件：不能超过5MB');
  if (!(await db.fiscalYear.findUnique({ where: { year } }))) throw notFound(`预算年度 ${year}`);
  let rows;
  try {
    rows = await parseCatalogBuffer(data, fileName);
  } catch (e) {
    if (e instanceof CatalogFileError) throw invalid(`文件：${e.message}`);
    throw e;
  }
  const v = validateCatalogRows(kind, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, result: await importCatalog(db, actorOf(user), year, kind, v.entries) };
}
