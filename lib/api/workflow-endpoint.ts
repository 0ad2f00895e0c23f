import type { PrismaClient } from '../generated/prisma/client';
import type { SessionUser } from '../auth/permissions';
import { isAppError } from '../errors/app-error';
import { approveBudget } from '../data/workflow/approve-budget';
import { budgetWorkflowState, findReadableBudgetId } from '../data/workflow/find-readable-budget';
import { publishBudget } from '../data/workflow/publish-budget';
import { pregenerateExports } from '../export/pregenerate-exports';
import { reopenForCorrection } from '../data/workflow/reopen-for-correction';
import { returnBudget } from '../data/workflow/return-budget';
import { submitBudget } from '../data/workflow/submit-budget';
import { appErrorStatus } from './app-error-status';
import { crossSiteRefusal } from './same-origin';
import { parseWorkflowCommand, type WorkflowCommand } from './workflow-request';

// POST /api/budgets/{org}/{year}/workflow: one workflow transition as JSON, over the same
// data-layer functions (and so the same permissions, locks and audit records) as the pages.

export interface WorkflowEndpointDeps {
  db: PrismaClient;
  currentUser: () => Promise<SessionUser | null>;
}

function error(status: number, message: string, fieldErrors: { field: string; message: string }[] = []): Response {
  const body = fieldErrors.length > 0 ? { error: message, fieldErrors } : { error: message };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

async function run(db: PrismaClient, user: SessionUser, budgetId: string, cmd: WorkflowCommand): Promise<void> {
  switch (cmd.action) {
    case 'submit':
      await submitBudget(db, user, budgetId);
      return;
    case 'approve':
      await approveBudget(db, user, budgetId);
      return;
    case 'return':
      await returnBudget(db, user, budgetId, cmd.comments);
      return;
    case 'publish':
      pregenerateExports(db, (await publishBudget(db, user, budgetId, { correctionNote: cmd.correctionNote })).versionId);
      return;
    case 'reopen':
      await reopenForCorrection(db, user, budgetId, cmd.reason);
      return;
  }
}

async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    return undefined;
  }
}

export async function handleWorkflowRequest(req: Request, org: string, year: string, deps: WorkflowEndpointDeps): Promise<Response> {
  const refusal = crossSiteRefusal(req);
  if (refusal) return error(403, refusal);
  try {
    const user = await deps.currentUser();
    if (!user) return error(appErrorStatus('UNAUTHENTICATED'), '请先登录');
    const body = await readJson(req);
    if (body === undefined) return error(appErrorStatus('VALIDATION'), '请求体不是有效的 JSON');
    const cmd = parseWorkflowCommand(body);
    const budgetId = await findReadableBudgetId(deps.db, user, org, year);
    await run(deps.db, user, budgetId, cmd);
    return Response.json(await budgetWorkflowState(deps.db, budgetId), { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    if (isAppError(e)) return error(appErrorStatus(e.code), e.message, e.fieldErrors);
    console.error(e);
    return error(500, '服务器内部错误，请稍后重试');
  }
}
