import { prisma } from '@/lib/db/client';
import { getPublicDocument, getPublishedInput, type PublicDocument } from '@/lib/data/public/public-documents';
import { isExportFormat, type ExportFormat } from '@/lib/document/public-links';
import { cachedExport, etagMatches, storedExportEtag } from '@/lib/export/export-cache';
import { FORMAT_NAMES, contentDisposition, exportFailure, jsonError } from '@/lib/export/file-response';
import { CONTENT_TYPES, asciiFileName, exportFileName } from '@/lib/export/export-files';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = Promise<{ year: string; org: string; format: string }>;

const NOT_FOUND = '未找到该公开文件';

/** Writes a file not stored yet; the writers' packages are loaded only then (a stored file is a read). */
async function render(format: ExportFormat, d: PublicDocument): Promise<Buffer> {
  const { renderExport } = await import('@/lib/export/render-export');
  return renderExport(format, d, () => getPublishedInput(prisma(), d.versionId));
}

/** A published document as PDF, XLSX, DOCX, engine JSON or expenditure-line CSV (?version=N for an earlier one). */
export async function GET(request: Request, { params }: { params: Params }) {
  const { year, org, format } = await params;
  const versionParam = new URL(request.url).searchParams.get('version');
  if (!isExportFormat(format) || !/^\d{4}$/.test(year) || (versionParam !== null && !/^[1-9]\d{0,5}$/.test(versionParam))) {
    return jsonError(404, NOT_FOUND);
  }
  const d = await getPublicDocument(prisma(), org, Number(year), versionParam ? Number(versionParam) : undefined);
  if (!d) return jsonError(404, NOT_FOUND);
  const db = prisma();
  const headers = (etag: string) => ({ ETag: etag, 'Cache-Control': 'public, no-cache', 'X-Version-No': String(d.versionNo) });
  const known = await storedExportEtag(db, d.versionId, format);
  if (known && etagMatches(request.headers.get('if-none-match'), known)) return new Response(null, { status: 304, headers: headers(known) });
  try {
    const { body, etag } = await cachedExport(db, d.versionId, format, () => render(format, d));
    const common = headers(etag);
    const kind = format === 'json' ? 'inline' : 'attachment';
    return new Response(new Uint8Array(body), {
      headers: {
        ...common,
        'Content-Type': CONTENT_TYPES[format],
        'Content-Length': String(body.length),
        'Content-Disposition': contentDisposition(kind, exportFileName(d, format), asciiFileName(d, format)),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    return exportFailure(e, FORMAT_NAMES[format]);
  }
}
