import type { PrismaClient } from '../generated/prisma/client';
import type { SessionUser } from '../auth/permissions';
import { isAppError } from '../errors/app-error';
import { approveBudget } from '../data/workflow/approve-budget';
import { forwardBudget } from '../data/workflow/forward-budget';
import { budgetWorkflowState, findReadableBudgetId } from '../data/workflow/find-readable-budget';
import { publishBudget } from '../data/workflow/publish-budget';
import { pregenerateExports } from '../export/pregenerate-exports';
import { reopenForCorrection } from '../data/workflow/reopen-for-correction';
import { returnBudget } from '../data/workflow/return-budget';
import { submitBudget } from '../data/workflow/submit-budget';
import { findConsolidatingDepartment } from '../data/department/department-units';
import { publishDepartment } from '../data/department/publish-department';
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
    case 'forward':
      await forwardBudget(db, user, budgetId);
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

/** A department code (a 部门 without a budget of its own): only publishing its 部门预算 applies. */
async function departmentRequest(db: PrismaClient, user: SessionUser, code: string, year: string, cmd: WorkflowCommand): Promise<Response> {
  if (cmd.action !== 'publish') return error(appErrorStatus('VALIDATION'), '部门预算只能公开（publish）：提交、审核等操作针对其各单位的预算');
  if (!/^\d{4}$/.test(year)) return error(appErrorStatus('NOT_FOUND'), '部门不存在');
  const { versionNo } = await publishDepartment(db, user, code, Number(year), { correctionNote: cmd.correctionNote });
  return Response.json({ status: 'PUBLISHED', versionNo }, { headers: { 'Cache-Control': 'no-store' } });
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
    const department = await findConsolidatingDepartment(deps.db, org);
    if (department) return await departmentRequest(deps.db, user, department.code, year, cmd);
    const budgetId = await findReadableBudgetId(deps.db, user, org, year);
    await run(deps.db, user, budgetId, cmd);
    return Response.json(await budgetWorkflowState(deps.db, budgetId), { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    if (isAppError(e)) return error(appErrorStatus(e.code), e.message, e.fieldErrors);
    console.error(e);
    return error(500, '服务器内部错误，请稍后重试');
  }
}
