import 'server-only';
import { z } from 'zod';
import { actorOf } from '../../audit/write-audit';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { importCatalog, type CatalogImportOptions } from '../../catalog/import-catalog';
import { CatalogFileError, parseCatalogBuffer } from '../../catalog/parse-catalog-file';
import { planCatalogImport, type CatalogPlan } from '../../catalog/plan-catalog-import';
import { validateCatalogRows, type CatalogError, type CatalogInputRow, type CatalogKind } from '../../domain/catalog/validate-catalog';
import type { CatalogFileImport } from '../../catalog/import-catalog-file';
import { invalid, notFound } from '../../errors/app-error';

export const MAX_CATALOG_UPLOAD_BYTES = 5 * 1024 * 1024;

export type CatalogUploadPreview = { ok: true; plan: CatalogPlan; rows: CatalogInputRow[] } | { ok: false; errors: CatalogError[] };

async function readUpload(db: PrismaClient, year: number, data: Uint8Array, fileName: string): Promise<CatalogInputRow[]> {
  if (data.byteLength === 0) throw invalid('文件：请选择要上传的科目文件');
  if (data.byteLength > MAX_CATALOG_UPLOAD_BYTES) throw invalid('文件：不能超过5MB');
  if (!(await db.fiscalYear.findUnique({ where: { year } }))) throw notFound(`预算年度 ${year}`);
  try {
    return await parseCatalogBuffer(data, fileName);
  } catch (e) {
    if (e instanceof CatalogFileError) throw invalid(`文件：${e.message}`);
    throw e;
  }
}

/** Step 1: validates an uploaded file and shows what would be added, renamed and removed; writes nothing. */
export async function previewCatalogUpload(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  data: Uint8Array,
  fileName: string,
): Promise<CatalogUploadPreview> {
  assertCan(user, 'catalog.manage');
  const rows = await readUpload(db, year, data, fileName);
  const v = validateCatalogRows(kind, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, plan: await planCatalogImport(db, year, kind, v.entries), rows };
}

const rowsSchema = z
  .array(z.object({ rowNumber: z.number().int(), code: z.string().max(20), name: z.string().max(200), level: z.string().max(10).optional() }))
  .max(100_000);

/**
 * Step 2: applies the rows the admin previewed, validated again, only when the plan is still the one shown
 * (`digest`); removals need `confirmRemovals`, codes in use are never removed.
 */
export async function confirmCatalogImport(
  db: PrismaClient,
  user: SessionUser | null,
  input: { year: number; kind: CatalogKind; rows: unknown; digest: string; confirmRemovals: boolean },
): Promise<CatalogFileImport> {
  assertCan(user, 'catalog.manage');
  const rows = rowsSchema.safeParse(input.rows);
  if (!rows.success) throw invalid('预览数据无效，请重新上传并预览');
  const v = validateCatalogRows(input.kind, rows.data);
  if (!v.ok) return { ok: false, errors: v.errors };
  return {
    ok: true,
    result: await importCatalog(db, actorOf(user), input.year, input.kind, v.entries, { expectDigest: input.digest, confirmRemovals: input.confirmRemovals }),
  };
}

/** Imports an uploaded catalogue file in one step; a file with any bad row changes nothing and names the rows. Removals need confirmRemovals. */
export async function importCatalogUpload(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  data: Uint8Array,
  fileName: string,
  opts: CatalogImportOptions = {},
): Promise<CatalogFileImport> {
  assertCan(user, 'catalog.manage');
  const rows = await readUpload(db, year, data, fileName);
  const v = validateCatalogRows(kind, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, result: await importCatalog(db, actorOf(user), year, kind, v.entries, opts) };
}
