import { prisma } from '@/lib/db/client';
import { servePublicPage } from '@/lib/public-page/serve-public-page';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = Promise<{ year: string; org: string }>;

/** The latest published version of an organisation's budget (a complete HTML page, see lib/public-page). */
export async function GET(request: Request, { params }: { params: Params }) {
  const { year, org } = await params;
  return servePublicPage(prisma(), request, year, org);
}
