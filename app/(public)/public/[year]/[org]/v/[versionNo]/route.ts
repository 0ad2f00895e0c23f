import { prisma } from '@/lib/db/client';
import { servePublicPage } from '@/lib/public-page/serve-public-page';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = Promise<{ year: string; org: string; versionNo: string }>;

/** One published version (第N版) of an organisation's budget, also after later corrections. */
export async function GET(request: Request, { params }: { params: Params }) {
  const { year, org, versionNo } = await params;
  return servePublicPage(prisma(), request, year, org, versionNo);
}
