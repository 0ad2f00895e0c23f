import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';
import { listBudgetAudit } from '../../lib/data/workflow/list-budget-audit';
import { getVersionDiff } from '../../lib/data/workflow/get-version-diff';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { setLineAmount } from '../helpers/set-line-amount';

let t: TestDatabase;
let reviewer: SessionUser;
let accountant: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  reviewer = await sessionUser(t.db, 'shenhe');
  accountant = await sessionUser(t.db, 'kuaiji901001');
  budgetId = await budgetIdOf(t.db, '901001');
  await submitBudget(t.db, accountant, budgetId);
});
afterAll(async () => t?.drop());

describe('审核队列', () => {
  it('按状态和单位筛选，按支出合计排序，提交的预算有等待时间', async () => {
    const submitted = await listReviewQueue(t.db, reviewer, { year: 2026, status: 'SUBMITTED' });
    expect(submitted.map((r) => r.orgCode)).toEqual(['901001']);
    expect(submitted[0].submittedAt).toBeInstanceOf(Date);
    expect(await listReviewQueue(t.db, reviewer, { year: 2026, q: '事务中心' })).toHaveLength(1);
    const byTotal = await listReviewQueue(t.db, reviewer, { year: 2026, sort: 'total', desc: true });
    const totals = byTotal.map((r) => Number(r.total));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const all = await listReviewQueue(t.db, reviewer, { year: 2026, sort: 'status' });
    expect(all[0].status).toBe('SUBMITTED');
    const sum = await t.query<{ s: string }>(`SELECT sum(amount)::text AS s FROM expenditure_line WHERE budget_id = $1`, [budgetId]);
    expect(all.find((r) => r.orgCode === '901001')?.total).toBe(Number(sum[0].s).toFixed(2));
    expect(await listReviewQueue(t.db, reviewer, { year: 2027 })).toEqual([]);
  });

  it('两次提交之间的差异：改动的行和各表单元格', async () => {
    await returnBudget(t.db, reviewer, budgetId, [{ target: 'PROJECT', targetRef: (await firstProject()) ?? '', text: '绩效目标不明确' }]);
    await setLineAmount(t.db, accountant, budgetId, 'S1-002', '600000.01');
    await submitBudget(t.db, accountant, budgetId);
    const diff = await getVersionDiff(t.db, reviewer, budgetId, 2);
    expect(diff?.lines).toMatchObject({ added: 0, removed: 0, changed: 1, total: { delta: '0.01', deltaWan: '+0.00' } });
    expect(diff?.lines.entries[0]).toMatchObject({ id: 'S1-002', amount: { before: '600000.00', after: '600000.01' } });
    const t1 = diff?.tables.find((x) => x.no === 1);
    expect(t1?.cells.some((c) => c.amount.delta === '0.01' && c.rowLabel.includes('收入总计'))).toBe(true);
    expect(await getVersionDiff(t.db, reviewer, budgetId, 1)).toBeNull();
  });

  it('审计日志按操作、操作人和日期筛选', async () => {
    const submits = await listBudgetAudit(t.db, reviewer, budgetId, { action: 'budget.submit' });
    expect(submits.entries).toHaveLength(2);
    expect(submits.actions).toEqual(['budget.return', 'budget.seed', 'budget.submit', 'lines.save']);
    expect((await listBudgetAudit(t.db, reviewer, budgetId, { actor: '审核' })).entries.map((e) => e.action)).toEqual(['budget.return']);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await listBudgetAudit(t.db, reviewer, budgetId, { from: tomorrow })).entries).toEqual([]);
    expect((await listBudgetAudit(t.db, reviewer, budgetId, { to: tomorrow })).entries).toHaveLength(5);
  });
});

async function firstProject(): Promise<string | undefined> {
  const v = await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId, versionNo: 1 } });
  return frozenUnitBudget(parseFrozenSnapshot(v.snapshot)).projects[0]?.code;
}
