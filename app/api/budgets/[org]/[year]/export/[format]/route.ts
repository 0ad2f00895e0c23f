import { prisma } from '@/lib/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { loadDraftDisclosure } from '@/lib/data/budget/load-draft-disclosure';
import { isExportFormat } from '@/lib/document/public-links';
import { FORMAT_NAMES, contentDisposition, exportFailure, jsonError } from '@/lib/export/file-response';
import { CONTENT_TYPES, asciiFileName, exportFileName } from '@/lib/export/export-files';
import { renderExport } from '@/lib/export/render-export';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = Promise<{ org: string; year: string; format: string }>;

/** Staff export of the current draft (signed in, allowed to read the budget); generated fresh, never cached. */
export async function GET(_request: Request, { params }: { params: Params }) {
  const { org, year, format } = await params;
  if (!isExportFormat(format) || !/^\d{4}$/.test(year) || !/^[0-9A-Za-z]{1,20}$/.test(org)) return jsonError(404, '未找到该导出文件');
  try {
    const user = await getSessionUser();
    const { disclosure, input } = await loadDraftDisclosure(prisma(), user, org, Number(year));
    const body = await renderExport(format, disclosure, async () => input);
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Length': String(body.length),
        'Content-Disposition': contentDisposition('attachment', exportFileName(disclosure, format), asciiFileName(disclosure, format)),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (e) {
    return exportFailure(e, FORMAT_NAMES[format]);
  }
}
