import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';

// Two reviewers acting on the same submission at the same moment, each through its own
// connection pool: the row lock inside the transaction lets exactly one of them win.

let t: TestDatabase;
let first: PrismaClient;
let second: PrismaClient;
let accountant: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase();
  first = createPrismaClient(t.url);
  second = createPrismaClient(t.url);
  accountant = await sessionUser(t.db, 'kuaiji901001');
  reviewer = await sessionUser(t.db, 'shenhe');
});
afterAll(async () => {
  await first?.$disconnect();
  await second?.$disconnect();
  await t?.drop();
});

async function auditCount(budgetId: string, action: string): Promise<number> {
  return t.db.auditLog.count({ where: { budgetId, action } });
}

describe('并发审核', () => {
  it('同一提交被两人同时批复：恰好一人成功，只有一条批复审计记录', async () => {
    const budgetId = await budgetIdOf(t.db, '901001');
    for (let round = 1; round <= 3; round++) {
      await submitBudget(t.db, accountant, budgetId);
      const results = await Promise.allSettled([approveBudget(first, reviewer, budgetId), approveBudget(second, reviewer, budgetId)]);
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(AppError);
      expect(['INVALID_STATE', 'CONFLICT']).toContain((lost[0].reason as AppError).code);
      expect(await auditCount(budgetId, 'budget.approve')).toBe(round);
      expect((await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).status).toBe('APPROVED');
      // Next round: publish, reopen for correction and submit again, through the workflow itself.
      await publishBudget(t.db, reviewer, budgetId, { correctionNote: round > 1 ? `第${round}次更正` : null });
      await reopenForCorrection(t.db, reviewer, budgetId, `第${round}轮`);
    }
  });

  it('批复与退回同时发生：只有一个生效，状态与审计记录一致', async () => {
    const budgetId = await budgetIdOf(t.db, '901002');
    const other = await sessionUser(t.db, 'kuaiji901002');
    await submitBudget(t.db, other, budgetId);
    const results = await Promise.allSettled([
      approveBudget(first, reviewer, budgetId),
      returnBudget(second, reviewer, budgetId, [{ target: 'GENERAL', text: '请补充说明' }]),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const status = (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).status;
    const approvals = await auditCount(budgetId, 'budget.approve');
    const returns = await auditCount(budgetId, 'budget.return');
    expect(approvals + returns).toBe(1);
    expect(status).toBe(approvals === 1 ? 'APPROVED' : 'RETURNED');
    expect(await t.db.reviewComment.count({ where: { budgetId } })).toBe(returns);
  });
});
