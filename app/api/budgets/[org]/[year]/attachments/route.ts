import { NextResponse } from 'next/server';
import { budgetIdOf, withUser } from '@/lib/actions/entry/route-helpers';
import { uploadAttachment } from '@/lib/data/entry/attachments';
import { invalid, notFound } from '@/lib/errors/app-error';

type Params = { params: Promise<{ org: string; year: string }> };

export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return withUser(async (db, user) => {
    const budgetId = await budgetIdOf(db, org, Number(year));
    if (!budgetId) throw notFound('预算');
    const form = await req.formData();
    const file = form.get('file');
    if (!(file instanceof File)) throw invalid('请选择附件文件', [{ field: 'file', message: '请选择附件文件' }]);
    const r = await uploadAttachment(db, user, {
      budgetId,
      expectedVersion: Number(form.get('expectedVersion')),
      title: String(form.get('title') ?? ''),
      fileName: file.name,
      content: new Uint8Array(await file.arrayBuffer()),
    });
    return NextResponse.json({ ok: true, ...r });
  });
}
