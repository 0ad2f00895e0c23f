import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { invalid } from '../../errors/app-error';
import { appErrorOf } from '../../errors/prisma-errors';
import { approveBudget } from './approve-budget';
import { publishBudget } from './publish-budget';

export type BatchAction = 'approve' | 'publish';

export const BATCH_ACTION_LABELS: Record<BatchAction, string> = { approve: '批复', publish: '公开' };

export interface BatchUnitResult {
  budgetId: string;
  orgCode: string;
  orgName: string;
  ok: boolean;
  /** 第N版已批复 / 第N版已公开, or the Chinese reason of the refusal. */
  message: string;
  /** The version just published (its downloads can be written in the background). */
  publishedVersionId?: string;
}

const MAX_BATCH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Approves or publishes several budgets, each in its own transaction through the single-budget
 * transition (which checks the permission, locks the row and re-checks the status): one unit's
 * refusal leaves the others as they went. Answers one result per requested budget, in order.
 */
export async function batchReview(db: PrismaClient, user: SessionUser | null, action: BatchAction, budgetIds: string[]): Promise<BatchUnitResult[]> {
  assertCan(user, action === 'approve' ? 'budget.review' : 'budget.publish');
  const ids = [...new Set(budgetIds)];
  if (ids.length === 0) throw invalid('请至少选择一个单位', [{ field: '单位', message: '请至少选择一个单位' }]);
  if (ids.length > MAX_BATCH) throw invalid(`一次最多处理${MAX_BATCH}个单位`, [{ field: '单位', message: `一次最多处理${MAX_BATCH}个单位` }]);
  const known = await db.budget.findMany({
    where: { id: { in: ids.filter((id) => UUID.test(id)) }, ...readableBudgetsWhere(user) },
    select: { id: true, status: true, blockingChecks: true, org: { select: { code: true, name: true } } },
  });
  const byId = new Map(known.map((b) => [b.id, b]));
  const results: BatchUnitResult[] = [];
  for (const budgetId of ids) {
    const b = byId.get(budgetId);
    if (!b) {
      results.push({ budgetId, orgCode: '', orgName: '', ok: false, message: '预算不存在' });
      continue;
    }
    const unit = { budgetId, orgCode: b.org.code, orgName: b.org.name };
    // a submitted version failing a blocking check (e.g. after a catalogue change) is never approved in bulk
    if (action === 'approve' && b.status === 'SUBMITTED' && (b.blockingChecks ?? 0) > 0) {
      results.push({ ...unit, ok: false, message: `有 ${b.blockingChecks} 项阻断性校验未通过，请逐一审核` });
      continue;
    }
    try {
      if (action === 'approve') {
        const r = await approveBudget(db, user, budgetId);
        results.push({ ...unit, ok: true, message: `第${r.versionNo}版已批复` });
      } else {
        const r = await publishBudget(db, user, budgetId);
        results.push({ ...unit, ok: true, message: `第${r.versionNo}版已公开`, publishedVersionId: r.versionId });
      }
    } catch (e) {
      const app = appErrorOf(e);
      if (!app) throw e;
      results.push({ ...unit, ok: false, message: app.message });
    }
  }
  return results;
}
