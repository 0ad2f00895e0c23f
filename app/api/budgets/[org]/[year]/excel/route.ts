import { NextResponse } from 'next/server';
import { budgetIdOf, fileResponse, withUser } from '@/lib/actions/entry/route-helpers';
import { exportEntryWorkbook } from '@/lib/data/entry/export-entry-workbook';
import { importEntryWorkbook } from '@/lib/data/entry/import-entry-workbook';
import { notFound, invalid } from '@/lib/errors/app-error';

type Params = { params: Promise<{ org: string; year: string }> };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function GET(req: Request, { params }: Params) {
  const { org, year } = await params;
  const mode = new URL(req.url).searchParams.get('mode') === 'export' ? 'export' : 'template';
  return withUser(async (db, user) => {
    const { fileName, content } = await exportEntryWorkbook(db, user, org, Number(year), mode);
    return fileResponse(content, fileName, XLSX);
  });
}

export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return withUser(async (db, user) => {
    const budgetId = await budgetIdOf(db, org, Number(year));
    if (!budgetId) throw notFound('预算');
    const form = await req.formData();
    const file = form.get('file');
    if (!(file instanceof File)) throw invalid('请选择要导入的 Excel 文件');
    const r = await importEntryWorkbook(db, user, {
      budgetId,
      expectedVersion: Number(form.get('expectedVersion')),
      fileName: file.name,
      content: new Uint8Array(await file.arrayBuffer()),
    });
    return NextResponse.json({ ok: true, ...r });
  });
}
