import { fileResponse, withUser } from '@/lib/actions/entry/route-helpers';
import { readAttachment } from '@/lib/data/entry/read-attachment';

type Params = { params: Promise<{ org: string; year: string; id: string }> };

export async function GET(_req: Request, { params }: Params) {
  const { org, year, id } = await params;
  return withUser(async (db, user) => {
    const a = await readAttachment(db, user, org, Number(year), id);
    return fileResponse(a.content, a.fileName, a.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : a.mimeType);
  });
}
