import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import { actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { CatalogFileError } from '../../catalog/parse-catalog-file';
import { parseMappingBuffer } from '../../catalog/parse-mapping-file';
import { importMapping, planMappingImport, validateMappingFile, type MappingPlan } from '../../catalog/import-mapping';
import type { MappingError, MappingInputRow } from '../../domain/catalog/validate-mapping';
import { invalid } from '../../errors/app-error';
import { MAX_CATALOG_UPLOAD_BYTES } from './import-catalog-upload';

export type MappingUploadPreview = { ok: true; plan: MappingPlan; rows: MappingInputRow[] } | { ok: false; errors: MappingError[] };
export type MappingImportResult = { ok: true; plan: MappingPlan } | { ok: false; errors: MappingError[] };

/** Step 1: validates an uploaded 经济科目对照表 and shows what would change and which lines would break; writes nothing. */
export async function previewMappingUpload(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  data: Uint8Array,
  fileName: string,
): Promise<MappingUploadPreview> {
  assertCan(user, 'catalog.manage');
  if (data.byteLength === 0) throw invalid('文件：请选择要上传的对照表文件');
  if (data.byteLength > MAX_CATALOG_UPLOAD_BYTES) throw invalid('文件：不能超过5MB');
  let rows: MappingInputRow[];
  try {
    rows = await parseMappingBuffer(data, fileName);
  } catch (e) {
    if (e instanceof CatalogFileError) throw invalid(`文件：${e.message}`);
    throw e;
  }
  const v = await validateMappingFile(db, year, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, plan: await planMappingImport(db, year, v.entries), rows };
}

const rowsSchema = z
  .array(z.object({ rowNumber: z.number().int(), deptCode: z.string().max(20), govCodeAdmin: z.string().max(20), govCodeInstitution: z.string().max(20) }))
  .max(10_000);

/** Step 2: replaces the year's mapping with the previewed rows, validated again, only while the plan is the one shown. */
export async function confirmMappingImport(
  db: PrismaClient,
  user: SessionUser | null,
  input: { year: number; rows: unknown; digest: string },
): Promise<MappingImportResult> {
  assertCan(user, 'catalog.manage');
  const rows = rowsSchema.safeParse(input.rows);
  if (!rows.success) throw invalid('预览数据无效，请重新上传并预览');
  const v = await validateMappingFile(db, input.year, rows.data);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, plan: await importMapping(db, actorOf(user), input.year, v.entries, { expectDigest: input.digest }) };
}
