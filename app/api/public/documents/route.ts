import { prisma } from '@/lib/db/client';
import { listPublishedDocuments, type PublishedVersionRef } from '@/lib/data/public/public-documents';
import { EXPORT_FORMATS, publicFilePath, publicPagePath } from '@/lib/document/public-links';

export const dynamic = 'force-dynamic';

function links(origin: string, year: number, org: string, versionNo?: number) {
  return {
    page: origin + publicPagePath(year, org, versionNo),
    ...Object.fromEntries(EXPORT_FORMATS.map((f) => [f, origin + publicFilePath(year, org, f, versionNo)])),
  };
}

const version = (origin: string, year: number, org: string, v: PublishedVersionRef) => ({
  versionNo: v.versionNo,
  publishedAt: v.publishedAt.toISOString(),
  correctionNote: v.correctionNote,
  links: links(origin, year, org, v.versionNo),
});

/** Open-data index: every published document (its latest version, earlier ones listed with it). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const year = url.searchParams.get('year');
  const docs = await listPublishedDocuments(prisma(), { year: year && /^\d{4}$/.test(year) ? Number(year) : undefined });
  const origin = url.origin;
  return Response.json(
    {
      format: '预算通开放数据索引 v1',
      documentation: 'docs/open-data-format.md',
      count: docs.length,
      documents: docs.map((d) => ({
        scope: d.scope,
        orgCode: d.orgCode,
        orgName: d.orgName,
        department: d.department,
        year: d.year,
        versionNo: d.versionNo,
        publishedAt: d.publishedAt.toISOString(),
        correctionNote: d.correctionNote,
        links: links(origin, d.year, d.orgCode),
        earlierVersions: d.earlier.map((v) => version(origin, d.year, d.orgCode, v)),
      })),
    },
    { headers: { 'Cache-Control': 'public, no-cache' } },
  );
}
