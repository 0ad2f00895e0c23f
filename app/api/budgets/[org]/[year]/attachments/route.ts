import { NextResponse } from 'next/server';
import { withUser } from '@/lib/actions/entry/route-helpers';
import { uploadAttachment } from '@/lib/data/entry/attachments';
import { uploadTargetBudget } from '@/lib/data/entry/upload-guard';
import { ATTACHMENT_UPLOAD_LIMIT, readUploadForm, withStaticSecurityHeaders } from '@/lib/http/upload-form';

type Params = { params: Promise<{ org: string; year: string }> };

export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return withStaticSecurityHeaders(
    await withUser(async (db, user) => {
      // Session and permission first: nothing of the body is read for a user who may not upload.
      const budgetId = await uploadTargetBudget(db, user, org, Number(year));
      const { form, file } = await readUploadForm(req, ATTACHMENT_UPLOAD_LIMIT, '请选择附件文件');
      const r = await uploadAttachment(db, user, {
        budgetId,
        expectedVersion: Number(form.get('expectedVersion')),
        title: String(form.get('title') ?? ''),
        fileName: file.name,
        content: new Uint8Array(await file.arrayBuffer()),
      });
      return NextResponse.json({ ok: true, ...r });
    }),
  );
}
