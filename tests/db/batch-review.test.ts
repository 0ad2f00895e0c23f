import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { batchReview } from '../../lib/data/workflow/batch-review';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';

let t: TestDatabase;
let reviewer: SessionUser;
let a: string; // 901001
let b: string; // 901002
let published: string; // 029, seeded 已公开

beforeAll(async () => {
  t = await createTestDatabase();
  reviewer = await sessionUser(t.db, 'shenhe');
  a = await budgetIdOf(t.db, '901001');
  b = await budgetIdOf(t.db, '901002');
  published = await budgetIdOf(t.db, '029');
  await submitBudget(t.db, await sessionUser(t.db, 'kuaiji901001'), a);
  await submitBudget(t.db, await sessionUser(t.db, 'kuaiji901002'), b);
});
afterAll(async () => t?.drop());

const statusOf = async (id: string) => (await t.db.budget.findUniqueOrThrow({ where: { id } })).status;
const DAY = 86_400_000;

describe('批量批复与批量公开：每个单位各自一个事务，逐个报告结果', () => {
  it('refuses a caller who may not review, changing nothing', async () => {
    const accountant = await sessionUser(t.db, 'kuaiji901001');
    await expect(batchReview(t.db, accountant, 'approve', [a, b])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(batchReview(t.db, null, 'approve', [a])).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(batchReview(t.db, reviewer, 'approve', [])).rejects.toMatchObject({ code: 'VALIDATION' });
    expect([await statusOf(a), await statusOf(b)]).toEqual(['SUBMITTED', 'SUBMITTED']);
  });

  it('approves the submitted units while a published one and an unknown id fail on their own', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const results = await batchReview(t.db, reviewer, 'approve', [a, published, b, unknown]);
    expect(results.map((r) => [r.orgCode, r.ok, r.message])).toEqual([
      ['901001', true, '第1版已批复'],
      ['029', false, '该预算当前为“已公开”，只有“已提交或待财政审核”的预算可以批复'],
      ['901002', true, '第1版已批复'],
      ['', false, '预算不存在'],
    ]);
    expect([await statusOf(a), await statusOf(b), await statusOf(published)]).toEqual(['APPROVED', 'APPROVED', 'PUBLISHED']);
    expect(await t.db.auditLog.count({ where: { action: 'budget.approve', budgetId: { in: [a, b] } } })).toBe(2);
  });

  it('shows each approved, unpublished budget with its 20-day deadline, filters and sorts by it', async () => {
    const today = await listReviewQueue(t.db, reviewer, { year: 2026, deadline: 'pending' });
    expect(today.map((r) => [r.orgCode, r.deadline?.label])).toEqual([
      ['901001', '剩余20天'],
      ['901002', '剩余20天'],
    ]);
    expect(await listReviewQueue(t.db, reviewer, { year: 2026, deadline: 'overdue' })).toEqual([]);
    const later = await listReviewQueue(t.db, reviewer, { year: 2026, deadline: 'overdue', now: new Date(Date.now() + 25 * DAY), sort: 'deadline' });
    expect(later.map((r) => [r.orgCode, r.deadline?.state, r.deadline?.label])).toEqual([
      ['901001', 'OVERDUE', '已逾期5天'],
      ['901002', 'OVERDUE', '已逾期5天'],
    ]);
    const all = await listReviewQueue(t.db, reviewer, { year: 2026, sort: 'deadline', now: new Date(Date.now() + 20 * DAY) });
    expect(all.slice(0, 2).map((r) => r.deadline?.label)).toEqual(['今日到期', '今日到期']);
    expect(all.find((r) => r.orgCode === '029')?.deadline).toBeNull(); // published: no deadline any more
  });

  it('publishes several units, each in its own transaction: one refusal does not undo the others', async () => {
    const results = await batchReview(t.db, reviewer, 'publish', [a, published, b]);
    expect(results.map((r) => [r.orgCode, r.ok])).toEqual([
      ['901001', true],
      ['029', false],
      ['901002', true],
    ]);
    expect(results[1].message).toContain('只有“已批复”的预算可以公开');
    expect(results[0].publishedVersionId).toBeTruthy();
    expect([await statusOf(a), await statusOf(b)]).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(await listReviewQueue(t.db, reviewer, { year: 2026, deadline: 'pending' })).toEqual([]);
  });
});
