import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import { createEmptyBudget } from '../../lib/data/entry/create-budget';
import { previewBudget } from '../../lib/data/workflow/get-budget-workflow';
import { submitBudget } from '../../lib/data/workflow/submit-budget';

// An empty budget (no expenditure lines, 收支总计 0) fails the blocking BUDGET_NOT_EMPTY check:
// the preview shows it and submission is refused.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('空预算不能提交', () => {
  it('新建的空白预算：预览显示阻断性校验，提交被拒绝且不产生版本', async () => {
    const accountant = await sessionUser(t.db, 'kuaiji029');
    const { budgetId } = await createEmptyBudget(t.db, accountant, { orgCode: '029', year: 2027 });
    const { document } = await previewBudget(t.db, accountant, budgetId);
    expect(document.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed).map((c) => c.message)).toContain(
      '预算收支总计为0（尚未填报任何支出明细），不能提交',
    );
    await expect(submitBudget(t.db, accountant, budgetId)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(submitBudget(t.db, accountant, budgetId)).rejects.toThrow(/预算收支总计不为0（预算收支总计为0（尚未填报任何支出明细），不能提交）/);
    expect(await t.db.budgetVersion.count({ where: { budgetId } })).toBe(0);
    expect((await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).status).toBe('DRAFT');
  });
});
