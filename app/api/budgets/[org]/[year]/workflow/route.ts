import { getSessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db/client';
import { handleWorkflowRequest } from '@/lib/api/workflow-endpoint';

type Params = { params: Promise<{ org: string; year: string }> };

/** One workflow transition as JSON (docs/workflow-api.md). */
export async function POST(req: Request, { params }: Params) {
  const { org, year } = await params;
  return handleWorkflowRequest(req, org, year, { db: prisma(), currentUser: getSessionUser });
}
