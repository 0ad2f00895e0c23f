'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { confirmCatalogImport, previewCatalogUpload } from '../data/admin/import-catalog-upload';
import { describeCatalogPlan } from '../catalog/plan-catalog-import';
import type { CatalogError } from '../domain/catalog/validate-catalog';
import type { MappingError } from '../domain/catalog/validate-mapping';
import { confirmMappingImport, previewMappingUpload } from '../data/admin/import-mapping-upload';
import { describeMappingPlan } from '../catalog/import-mapping';
import { appErrorOf } from '../errors/prisma-errors';
import type { CatalogImportState } from './catalog-import-state';

const target = z.object({
  year: z.coerce.number().int().min(2000, '预算年度无效').max(2100, '预算年度无效'),
  kind: z.enum(['FUNCTION', 'DEPT_ECONOMIC', 'GOV_ECONOMIC', 'ECON_MAPPING'], { message: '请选择科目类别' }),
});

const fileErrors = (errors: (CatalogError | MappingError)[]) =>
  `文件有 ${errors.length} 处错误，未导入任何数据：${errors
    .slice(0, 20)
    .map((e) => ('code' in e ? `第${e.rowNumber}行 ${e.code}：${e.message}` : e.message))
    .join('；')}${errors.length > 20 ? '……' : ''}`;

async function previewMapping(year: number, file: File): Promise<CatalogImportState> {
  const out = await previewMappingUpload(prisma(), await getSessionUser(), year, new Uint8Array(await file.arrayBuffer()), file.name);
  if (!out.ok) return { ok: false, message: fileErrors(out.errors) };
  const blocked = out.plan.broken.length > 0;
  return {
    ok: !blocked,
    message: blocked ? '不能导入：新对照表会使已有支出明细的经济科目搭配无效' : '请核对以下变化，确认后才会替换本年度的对照表',
    preview: {
      year,
      kind: 'ECON_MAPPING',
      summary: describeMappingPlan(out.plan),
      removed: 0,
      blocked,
      digest: out.plan.digest,
      rows: JSON.stringify(out.rows),
    },
  };
}

async function guarded(fn: () => Promise<CatalogImportState>): Promise<CatalogImportState> {
  try {
    return await fn();
  } catch (e) {
    const app = appErrorOf(e);
    if (app) return { ok: false, message: app.message };
    console.error(e);
    return { ok: false, message: '导入失败，请检查文件后重试' };
  }
}

/** Step 1: upload → what would be added, renamed and removed. Nothing is written. */
export async function previewCatalogAction(_prev: CatalogImportState, form: FormData): Promise<CatalogImportState> {
  const p = target.safeParse({ year: form.get('year'), kind: form.get('kind') });
  if (!p.success) return { ok: false, message: p.error.issues.map((i) => i.message).join('；') };
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: '文件：请选择要上传的科目文件' };
  const { year, kind } = p.data;
  if (kind === 'ECON_MAPPING') return guarded(() => previewMapping(year, file));
  return guarded(async () => {
    const out = await previewCatalogUpload(prisma(), await getSessionUser(), year, kind, new Uint8Array(await file.arrayBuffer()), file.name);
    if (!out.ok) return { ok: false, message: fileErrors(out.errors) };
    const plan = out.plan;
    const blocked = plan.inUse.length > 0;
    return {
      ok: !blocked,
      message: blocked ? '不能导入：文件缺少仍被使用的科目' : '请核对以下变化，确认后才会导入',
      preview: {
        year: plan.year,
        kind: plan.kind,
        summary: describeCatalogPlan(plan),
        removed: plan.removed.length,
        blocked,
        digest: plan.digest,
        rows: JSON.stringify(out.rows),
      },
    };
  });
}

/** Step 2: the admin confirms the plan shown; validated and planned again before anything is written. */
export async function confirmCatalogAction(_prev: CatalogImportState, form: FormData): Promise<CatalogImportState> {
  const p = target.safeParse({ year: form.get('year'), kind: form.get('kind') });
  if (!p.success) return { ok: false, message: p.error.issues.map((i) => i.message).join('；') };
  let rows: unknown;
  try {
    rows = JSON.parse(String(form.get('rows') ?? ''));
  } catch {
    return { ok: false, message: '预览数据无效，请重新上传并预览' };
  }
  const { year, kind } = p.data;
  if (kind === 'ECON_MAPPING') {
    return guarded(async () => {
      const out = await confirmMappingImport(prisma(), await getSessionUser(), { year, rows, digest: String(form.get('digest') ?? '') });
      if (!out.ok) return { ok: false, message: fileErrors(out.errors) };
      revalidatePath('/admin/catalog');
      const r = out.plan;
      return { ok: true, message: `对照表已替换：新增 ${r.added.length} 条，修改 ${r.changed.length} 条，删除 ${r.removed.length} 条，未变 ${r.unchanged} 条` };
    });
  }
  return guarded(async () => {
    const out = await confirmCatalogImport(prisma(), await getSessionUser(), {
      year,
      kind,
      rows,
      digest: String(form.get('digest') ?? ''),
      confirmRemovals: form.get('confirmRemovals') === 'on',
    });
    if (!out.ok) return { ok: false, message: fileErrors(out.errors) };
    revalidatePath('/admin/catalog');
    const r = out.result;
    return { ok: true, message: `导入完成：新增 ${r.inserted} 条，更名 ${r.renamed} 条，未变 ${r.unchanged} 条，删除 ${r.removed} 条` };
  });
}
