import { prisma } from '@/lib/db/client';
import { getPublishedAttachment } from '@/lib/data/public/public-documents';
import { contentDisposition, jsonError } from '@/lib/export/file-response';

export const dynamic = 'force-dynamic';

type Params = Promise<{ year: string; org: string; id: string }>;

/** An attachment of a published document (其他说明 附件). */
export async function GET(_request: Request, { params }: { params: Params }) {
  const { year, org, id } = await params;
  if (!/^\d{4}$/.test(year)) return jsonError(404, '未找到该附件');
  const a = await getPublishedAttachment(prisma(), org, Number(year), id);
  if (!a) return jsonError(404, '未找到该附件');
  const ascii = `attachment-${id.slice(0, 8)}${/\.[A-Za-z0-9]{1,8}$/.exec(a.fileName)?.[0] ?? ''}`;
  return new Response(new Uint8Array(a.content), {
    headers: {
      'Content-Type': a.mimeType || 'application/octet-stream',
      'Content-Length': String(a.content.length),
      'Content-Disposition': contentDisposition('attachment', a.fileName, ascii),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, no-cache',
    },
  });
}
