import { NextResponse } from 'next/server';
import { budgetIdOf, fileResponse, withUser } from '@/lib/actions/entry/route-helpers';
import { exportEntryWorkbook } from '@/lib/data/entry/export-entry-workbook';
import { importEntryWorkbook } from '@/lib/data/entry/import-entry-workbook';
import { assertMayUploadTo } from '@/lib/data/entry/upload-guard';
import { notFound } from '@/lib/errors/app-error';
import { EXCEL_UPLOAD_LIMIT, readUploadForm, withStaticSecurityHeaders } from '@/lib/http/upload-form';

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

export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return withStaticSecurityHeaders(
    await withUser(async (db, user) => {
      const budgetId = await budgetIdOf(db, org, Number(year));
      if (!budgetId) throw notFound('预算');
      // Session and permission first: nothing of the body is read for a user who may not import.
      await assertMayUploadTo(db, user, budgetId);
      const { form, file } = await readUploadForm(req, EXCEL_UPLOAD_LIMIT, '请选择要导入的 Excel 文件');
      const r = await importEntryWorkbook(db, user, {
        budgetId,
        expectedVersion: Number(form.get('expectedVersion')),
        fileName: file.name,
        content: new Uint8Array(await file.arrayBuffer()),
      });
      return NextResponse.json({ ok: true, ...r });
    }),
  );
}
