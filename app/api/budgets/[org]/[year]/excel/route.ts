import { NextResponse } from 'next/server';
import { fileResponse, withUser } from '@/lib/actions/entry/route-helpers';
import { exportEntryWorkbook } from '@/lib/data/entry/export-entry-workbook';
import { importEntryWorkbook, previewEntryWorkbook } from '@/lib/data/entry/import-entry-workbook';
import { undoEntryImport } from '@/lib/data/entry/undo-entry-import';
import type { ImportMode } from '@/lib/data/entry/import-plan';
import { uploadTargetBudget } from '@/lib/data/entry/upload-guard';
import { invalid } from '@/lib/errors/app-error';
import { EXCEL_UPLOAD_LIMIT, readCappedUploadForm, withStaticSecurityHeaders } from '@/lib/http/upload-form';

type Params = { params: Promise<{ org: string; year: string }> };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function GET(req: Request, { params }: Params) {
  const { org, year } = await params;
  const mode = new URL(req.url).searchParams.get('mode') === 'export' ? 'export' : 'template';
  return withStaticSecurityHeaders(
    await withUser(async (db, user) => {
      const { fileName, content } = await exportEntryWorkbook(db, user, org, Number(year), mode);
      return fileResponse(content, fileName, XLSX);
    }),
  );
}

/** POST form: file, mode (append | replace), expectedVersion and intent: preview (nothing written), import, or undo (撤销本次导入, no file). */
export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return withStaticSecurityHeaders(
    await withUser(async (db, user) => {
      // Session and permission first: nothing of the body is read for a user who may not upload.
      const budgetId = await uploadTargetBudget(db, user, org, Number(year));
      const form = await readCappedUploadForm(req, EXCEL_UPLOAD_LIMIT);
      const intent = String(form.get('intent') ?? 'import');
      const expectedVersion = Number(form.get('expectedVersion'));
      if (intent === 'undo') return NextResponse.json({ ok: true, ...(await undoEntryImport(db, user, { budgetId, expectedVersion })) });
      const file = form.get('file');
      if (!(file instanceof File)) throw invalid('请选择要导入的 Excel 文件', [{ field: 'file', message: '请选择要导入的 Excel 文件' }]);
      const mode = (form.get('mode') ?? undefined) as ImportMode | undefined;
      const content = new Uint8Array(await file.arrayBuffer());
      if (intent === 'preview') {
        return NextResponse.json({ ok: true, ...(await previewEntryWorkbook(db, user, { budgetId, expectedVersion, mode, content })) });
      }
      const r = await importEntryWorkbook(db, user, { budgetId, expectedVersion, fileName: file.name, content, mode });
      return NextResponse.json({ ok: true, ...r });
    }),
  );
}
