import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, departmentReviewer, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { handleWorkflowRequest } from '../../lib/api/workflow-endpoint';
import { updateOrganization } from '../../lib/data/admin/organizations';
import { createUser } from '../../lib/data/admin/users';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { budgetReviewLevels } from '../../lib/data/workflow/budget-review-levels';
import { forwardBudget } from '../../lib/data/workflow/forward-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { getBudgetWorkflow } from '../../lib/data/workflow/get-budget-workflow';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';
import { listBudgetAudit } from '../../lib/data/workflow/list-budget-audit';
import { listDepartmentsForReview } from '../../lib/data/department/department-state';
import { loadWorkspace } from '../../lib/data/entry/load-workspace';

// 单位 → 主管部门 → 财政局: department 901 set to two review levels by the admin; its units' budgets are
// forwarded (转报财政) or returned by 901's department reviewer before the finance bureau may approve them.
// 029 stays one level: the finance bureau approves its submissions directly, as before.

let t: TestDatabase;
let admin: SessionUser;
let finance: SessionUser;
let dept901: SessionUser;
let dept029: SessionUser;
let acc901001: SessionUser;
let acc901002: SessionUser;
let budget901001: string;
let budget901002: string;

async function setLevels(code: string, reviewLevels: number) {
  const org = await t.db.organization.findUniqueOrThrow({ where: { code } });
  await updateOrganization(t.db, admin, org.id, { name: org.name, unitKind: org.unitKind, disabled: org.disabled, reviewLevels });
}

const statusOf = async (id: string) => (await t.db.budget.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await sessionUser(t.db, 'admin');
  finance = await sessionUser(t.db, 'shenhe');
  acc901001 = await sessionUser(t.db, 'kuaiji901001');
  acc901002 = await sessionUser(t.db, 'kuaiji901002');
  dept901 = await departmentReviewer(t.db, '901');
  dept029 = await departmentReviewer(t.db, '029');
  budget901001 = await budgetIdOf(t.db, '901001');
  budget901002 = await budgetIdOf(t.db, '901002');
  await setLevels('901', 2);
});
afterAll(async () => t?.drop());

describe('两级审核：单位 → 主管部门 → 财政局', () => {
  it('提交后待主管部门审核；财政局不能先批复或退回；其他部门的审核人看不到', async () => {
    expect(await submitBudget(t.db, acc901001, budget901001)).toEqual({ versionNo: 1 });
    expect(await budgetReviewLevels(t.db, acc901001, budget901001)).toBe(2);
    expect((await loadWorkspace(t.db, acc901001, '901001', 2026)).budget?.statusLabel).toBe('待主管部门审核');
    await expect(approveBudget(t.db, finance, budget901001)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: '该预算所属部门实行两级审核，须经主管部门审核并转报财政后才能批复（当前：待主管部门审核）',
    });
    await expect(returnBudget(t.db, finance, budget901001, [{ target: 'GENERAL', text: '请复核' }])).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(forwardBudget(t.db, dept029, budget901001)).rejects.toMatchObject({ code: 'NOT_FOUND', message: '预算不存在' });
    await expect(getBudgetWorkflow(t.db, dept029, budget901001)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(returnBudget(t.db, dept029, budget901001, [{ target: 'GENERAL', text: '退回' }])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listBudgetAudit(t.db, dept029, budget901001)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await statusOf(budget901001)).toBe('SUBMITTED');
  });

  it('主管部门转报财政（不冻结新版本），财政局批复', async () => {
    expect(await forwardBudget(t.db, dept901, budget901001)).toEqual({ versionNo: 1 });
    expect(await statusOf(budget901001)).toBe('FORWARDED');
    expect((await loadWorkspace(t.db, acc901001, '901001', 2026)).budget?.statusLabel).toBe('待财政审核');
    const versions = await t.db.budgetVersion.findMany({ where: { budgetId: budget901001 } });
    expect(versions.map((v) => [v.versionNo, v.status])).toEqual([[1, 'FORWARDED']]);
    await expect(forwardBudget(t.db, dept901, budget901001)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(returnBudget(t.db, dept901, budget901001, [{ target: 'GENERAL', text: '退回' }])).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(approveBudget(t.db, dept901, budget901001)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await approveBudget(t.db, finance, budget901001)).toEqual({ versionNo: 1 });
    expect(await statusOf(budget901001)).toBe('APPROVED');
    expect((await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId: budget901001 } })).status).toBe('APPROVED');
    const actions = (await listBudgetAudit(t.db, dept901, budget901001)).entries.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['budget.submit', 'budget.forward', 'budget.approve']));
    const forward = await t.db.auditLog.findFirstOrThrow({ where: { budgetId: budget901001, action: 'budget.forward' } });
    expect(forward.actorId).toBe(dept901.id);
  });

  it('主管部门退回修改并附意见；再次提交冻结第2版', async () => {
    await submitBudget(t.db, acc901002, budget901002);
    const { commentIds } = await returnBudget(t.db, dept901, budget901002, [{ target: 'TABLE', targetRef: '3', text: '请按部门要求压减公用经费' }]);
    expect(commentIds).toHaveLength(1);
    expect(await statusOf(budget901002)).toBe('RETURNED');
    const comment = await t.db.reviewComment.findUniqueOrThrow({ where: { id: commentIds[0] } });
    expect(comment).toMatchObject({ authorId: dept901.id, text: '请按部门要求压减公用经费', target: 'TABLE' });
    expect(await submitBudget(t.db, acc901002, budget901002)).toEqual({ versionNo: 2 });
  });

  it('审核队列：主管部门只见本部门所属单位，状态与审核层级在同一查询中', async () => {
    const mine = await listReviewQueue(t.db, dept901, { year: 2026 });
    expect(mine.map((r) => [r.orgCode, r.status, r.reviewLevels])).toEqual([
      ['901002', 'SUBMITTED', 2],
      ['901001', 'APPROVED', 2],
    ]);
    expect(mine[0].submittedAt).toBeInstanceOf(Date);
    expect((await listReviewQueue(t.db, dept029, { year: 2026 })).map((r) => [r.orgCode, r.reviewLevels])).toEqual([['029', 1]]);
    const all = await listReviewQueue(t.db, finance, { year: 2026 });
    expect(all.map((r) => r.orgCode).sort()).toEqual(['029', '901001', '901002']);
    expect((await listDepartmentsForReview(t.db, dept029, 2026)).map((d) => d.code)).toEqual([]);
    expect((await listDepartmentsForReview(t.db, dept901, 2026)).map((d) => d.code)).toEqual(['901']);
  });

  it('工作流接口支持 forward；财政局对未转报的预算得到 409', async () => {
    const post = async (user: SessionUser, body: unknown) => {
      const req = new Request('http://localhost:3000/api/budgets/901002/2026/workflow', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: 'localhost:3000' },
        body: JSON.stringify(body),
      });
      const res = await handleWorkflowRequest(req, '901002', '2026', { db: t.db, currentUser: async () => user });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    expect((await post(finance, { action: 'approve' })).status).toBe(409);
    expect((await post(finance, { action: 'forward' })).status).toBe(403);
    expect(await post(dept029, { action: 'forward' })).toEqual({ status: 404, json: { error: '预算不存在' } });
    expect(await post(dept901, { action: 'forward' })).toEqual({ status: 200, json: { status: 'FORWARDED', versionNo: 2 } });
    expect((await post(dept901, { action: 'approve' })).status).toBe(403);
    expect((await post(dept901, { action: 'publish' })).status).toBe(403);
    expect(await post(finance, { action: 'approve' })).toEqual({ status: 200, json: { status: 'APPROVED', versionNo: 2 } });
  });
});

describe('一级审核不变；审核层级与主管部门审核人的设置', () => {
  it('一级审核的部门：财政局直接批复已提交的预算，主管部门审核人不能转报', async () => {
    await setLevels('901', 1);
    const b029 = await budgetIdOf(t.db, '029');
    expect(await statusOf(b029)).toBe('PUBLISHED');
    const acc029 = await sessionUser(t.db, 'kuaiji029');
    await reopenForCorrection(t.db, finance, b029, '更正三公经费说明');
    expect(await submitBudget(t.db, acc029, b029)).toEqual({ versionNo: 2 });
    expect(await budgetReviewLevels(t.db, acc029, b029)).toBe(1);
    await expect(forwardBudget(t.db, dept029, b029)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: '该预算所属部门实行一级审核，由财政局直接审核，主管部门不能转报财政',
    });
    await expect(returnBudget(t.db, dept029, b029, [{ target: 'GENERAL', text: '退回' }])).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(await approveBudget(t.db, finance, b029)).toEqual({ versionNo: 2 });
  });

  it('审核层级只能在部门上设置；主管部门审核人须绑定一个部门', async () => {
    const unit = await t.db.organization.findUniqueOrThrow({ where: { code: '901001' } });
    await expect(
      updateOrganization(t.db, admin, unit.id, { name: unit.name, unitKind: unit.unitKind, disabled: false, reviewLevels: 2 }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '审核层级：只有部门可以设置，所属单位随其部门',
    });
    const dept = await t.db.organization.findUniqueOrThrow({ where: { code: '901' } });
    await expect(updateOrganization(t.db, admin, dept.id, { name: dept.name, unitKind: null, disabled: false, reviewLevels: 3 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const base = { displayName: '主管部门审核人', role: 'DEPT_REVIEWER' as const, password: 'Passw0rd2026' };
    await expect(createUser(t.db, admin, { ...base, username: 'zg1', unitCodes: [] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(createUser(t.db, admin, { ...base, username: 'zg2', unitCodes: ['901001'] })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '绑定部门：编码 901001 不存在或不是部门',
    });
    await expect(createUser(t.db, admin, { ...base, username: 'zg3', unitCodes: ['901', '029'] })).rejects.toMatchObject({ code: 'VALIDATION' });
    const { id } = await createUser(t.db, admin, { ...base, username: 'zg4', unitCodes: ['901'] });
    const created = await sessionUser(t.db, 'zg4');
    expect(created.id).toBe(id);
    const units = await t.db.organization.findMany({ where: { id: { in: created.unitIds } }, select: { code: true } });
    expect(units.map((u) => u.code).sort()).toEqual(['901', '901001', '901002']);
  });
});
