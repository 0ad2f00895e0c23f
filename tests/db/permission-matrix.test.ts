import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, departmentReviewer, sessionUser } from '../helpers/session-users';
import { dbFingerprint } from '../helpers/db-fingerprint';
import type { SessionUser } from '../../lib/auth/permissions';
import type { PrismaClient } from '../../lib/db/client';
import { AppError } from '../../lib/errors/app-error';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { forwardBudget } from '../../lib/data/workflow/forward-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { setLineAmount } from '../helpers/set-line-amount';
import { getBudgetVersion, getBudgetWorkflow, listReadableBudgets, previewBudget } from '../../lib/data/workflow/get-budget-workflow';
import { getVersionDiff } from '../../lib/data/workflow/get-version-diff';
import { listBudgetAudit } from '../../lib/data/workflow/list-budget-audit';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';
import { listReviewComments } from '../../lib/data/workflow/list-review-comments';
import { markReviewCommentResolved, reopenReviewComment } from '../../lib/data/workflow/resolve-review-comment';
import { batchReview } from '../../lib/data/workflow/batch-review';
import { createUser, listUsers, resetUserPassword, setUserDisabled, setUserUnits } from '../../lib/data/admin/users';
import { createOrganization, listOrganizations, updateOrganization } from '../../lib/data/admin/organizations';
import { createFiscalYear, listFiscalYears, setFiscalYearOpen, setFiscalYearTemplate } from '../../lib/data/admin/fiscal-years';
import { listGlossary, saveGlossaryEntry } from '../../lib/data/admin/glossary';
import { importCatalogUpload } from '../../lib/data/admin/import-catalog-upload';
import { loadWorkspace } from '../../lib/data/entry/load-workspace';
import { exportEntryWorkbook } from '../../lib/data/entry/export-entry-workbook';
import { saveNarrativeTexts } from '../../lib/data/entry/save-narrative-texts';
import { createEmptyBudget } from '../../lib/data/entry/create-budget';

// Every data-layer function (what each server action and data route calls) tried as every role.
// Each row names the roles allowed and the roles told NOT_FOUND (an accountant reaching another unit's
// budget: README “another unit's budget → 不存在”); anonymous must get UNAUTHENTICATED, every other
// refused role FORBIDDEN (a wrong role), and each refusal leaves every watched table exactly as it was. An allowed role then runs the call
// once, proving the refusals were about the role and not about the budget's state.
// 901 reviews in two levels here: a department reviewer of 901 forwards or returns its units' budgets first,
// and one of another department (029) is told they do not exist.

type RoleName = 'anonymous' | 'accountantA' | 'accountantB' | 'reviewer' | 'deptReviewer' | 'deptReviewerOther' | 'admin';
const ROLES: RoleName[] = ['anonymous', 'accountantA', 'accountantB', 'reviewer', 'deptReviewer', 'deptReviewerOther', 'admin'];

let t: TestDatabase;
let users: Record<RoleName, SessionUser | null>;
let budgetA: string;
let db: PrismaClient;
let target: SessionUser; // a user the admin calls act on

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await db.organization.update({ where: { code: '901' }, data: { reviewLevels: 2 } });
  users = {
    anonymous: null,
    accountantA: await sessionUser(db, 'kuaiji901001'),
    accountantB: await sessionUser(db, 'kuaiji901002'),
    reviewer: await sessionUser(db, 'shenhe'),
    deptReviewer: await departmentReviewer(db, '901'),
    deptReviewerOther: await departmentReviewer(db, '029'),
    admin: await sessionUser(db, 'admin'),
  };
  budgetA = await budgetIdOf(db, '901001');
  target = await sessionUser(db, 'kuaiji029');
});
afterAll(async () => t?.drop());

interface Case {
  name: string;
  allowed: RoleName[];
  /** Roles whose role has the permission, but not on this budget's unit: they must not learn it exists. */
  notFound?: RoleName[];
  call: (u: SessionUser | null) => Promise<unknown>;
  /** Run once by the first allowed role after the refusals (mutations move the budget along). */
  runAllowed?: boolean;
}

const versionOfA = async () => (await db.budget.findUniqueOrThrow({ where: { id: budgetA } })).version;

const csv = new TextEncoder().encode('code,name,level\n201,一般公共服务支出,类\n');

async function expectRefusedWithoutChange(c: Case) {
  for (const role of ROLES.filter((r) => !c.allowed.includes(r))) {
    const before = await dbFingerprint(t);
    const error = await c.call(users[role]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `${c.name} as ${role} must be refused`).toBeInstanceOf(AppError);
    const code = (error as AppError).code;
    const expected = role === 'anonymous' ? 'UNAUTHENTICATED' : c.notFound?.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN';
    expect(code, `${c.name} as ${role}: ${(error as AppError).message}`).toBe(expected);
    expect((error as AppError).message, `${c.name} as ${role}`).toMatch(/[\u4e00-\u9fff]/);
    expect(await dbFingerprint(t), `${c.name} as ${role} changed the database`).toEqual(before);
  }
}

const cases = (): Case[] => [
  // reads while the budget is a draft
  {
    name: 'getBudgetWorkflow',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => getBudgetWorkflow(db, u, budgetA),
  },
  {
    name: 'previewBudget',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => previewBudget(db, u, budgetA),
  },
  {
    name: 'listReadableBudgets',
    allowed: ['accountantA', 'accountantB', 'reviewer', 'deptReviewer', 'deptReviewerOther'],
    call: (u) => listReadableBudgets(db, u),
  },
  {
    name: 'listBudgetAudit',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => listBudgetAudit(db, u, budgetA),
  },
  {
    name: 'loadWorkspace',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => loadWorkspace(db, u!, '901001', 2026),
  },
  {
    name: 'exportEntryWorkbook',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => exportEntryWorkbook(db, u!, '901001', 2026, 'template'),
  },
  { name: 'listReviewQueue', allowed: ['reviewer', 'deptReviewer', 'deptReviewerOther'], call: (u) => listReviewQueue(db, u, { year: 2026 }) },
  {
    name: 'listReviewComments',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => listReviewComments(db, u, budgetA),
  },
  // entry writes (an accountant of another unit is told the budget does not exist)
  {
    name: 'saveNarrativeTexts',
    allowed: ['accountantA'],
    notFound: ['accountantB'],
    call: async (u) => saveNarrativeTexts(db, u!, { budgetId: budgetA, expectedVersion: await versionOfA(), reasons: { otherNote: '说明' } }),
    runAllowed: true,
  },
  {
    name: 'createEmptyBudget',
    allowed: ['accountantA'],
    notFound: ['accountantB'],
    call: (u) => createEmptyBudget(db, u!, { orgCode: '901001', year: 2027 }),
    runAllowed: true,
  },
  // the workflow, in an order where each allowed call is valid
  { name: 'saveLines', allowed: ['accountantA'], notFound: ['accountantB'], call: (u) => setLineAmount(db, u, budgetA, 'S1-001', '1210000'), runAllowed: true },
  { name: 'submitBudget', allowed: ['accountantA'], notFound: ['accountantB'], call: (u) => submitBudget(db, u, budgetA), runAllowed: true },
  {
    name: 'getBudgetVersion',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => getBudgetVersion(db, u, budgetA, 1),
  },
  { name: 'forwardBudget', allowed: ['deptReviewer'], notFound: ['deptReviewerOther'], call: (u) => forwardBudget(db, u, budgetA), runAllowed: true },
  // both reviewers may return (each in its turn: the other one is refused by the budget's state, not its role)
  {
    name: 'returnBudget',
    allowed: ['reviewer', 'deptReviewer'],
    notFound: ['deptReviewerOther'],
    call: (u) => returnBudget(db, u, budgetA, [{ target: 'TABLE', targetRef: '1', text: '请复核' }]),
    runAllowed: true,
  },
  {
    name: 'markReviewCommentResolved',
    allowed: ['accountantA'],
    notFound: ['accountantB'],
    call: async (u) => markReviewCommentResolved(db, u, (await db.reviewComment.findFirstOrThrow({ where: { budgetId: budgetA } })).id),
    runAllowed: true,
  },
  {
    name: 'reopenReviewComment',
    allowed: ['accountantA'],
    notFound: ['accountantB'],
    call: async (u) => reopenReviewComment(db, u, (await db.reviewComment.findFirstOrThrow({ where: { budgetId: budgetA } })).id),
    runAllowed: true,
  },
  { name: 'resubmitBudget', allowed: ['accountantA'], notFound: ['accountantB'], call: (u) => submitBudget(db, u, budgetA), runAllowed: true },
  {
    name: 'returnBudget by the department',
    allowed: ['deptReviewer', 'reviewer'],
    notFound: ['deptReviewerOther'],
    call: (u) => returnBudget(db, u, budgetA, [{ target: 'GENERAL', text: '请补充说明' }]),
    runAllowed: true,
  },
  { name: 'submitBudget again', allowed: ['accountantA'], notFound: ['accountantB'], call: (u) => submitBudget(db, u, budgetA), runAllowed: true },
  { name: 'forwardBudget again', allowed: ['deptReviewer'], notFound: ['deptReviewerOther'], call: (u) => forwardBudget(db, u, budgetA), runAllowed: true },
  {
    name: 'getVersionDiff',
    allowed: ['accountantA', 'reviewer', 'deptReviewer'],
    notFound: ['accountantB', 'deptReviewerOther'],
    call: (u) => getVersionDiff(db, u, budgetA, 2),
  },
  // the reviewer's run publishes nothing (the budget is 待财政审核): its unit answers 失败 without throwing
  { name: 'batchReview', allowed: ['reviewer'], call: (u) => batchReview(db, u, 'publish', [budgetA]) },
  { name: 'approveBudget', allowed: ['reviewer'], call: (u) => approveBudget(db, u, budgetA), runAllowed: true },
  { name: 'publishBudget', allowed: ['reviewer'], call: (u) => publishBudget(db, u, budgetA), runAllowed: true },
  { name: 'reopenForCorrection', allowed: ['reviewer'], call: (u) => reopenForCorrection(db, u, budgetA, '更正'), runAllowed: true },
  // administration
  { name: 'listUsers', allowed: ['admin'], call: (u) => listUsers(db, u) },
  {
    name: 'createUser',
    allowed: ['admin'],
    call: (u) => createUser(db, u, { username: 'newuser', displayName: '新用户', role: 'ACCOUNTANT', password: 'Passw0rd2026', unitCodes: ['901002'] }),
    runAllowed: true,
  },
  {
    name: 'createUser (主管部门审核人)',
    allowed: ['admin'],
    call: (u) =>
      createUser(db, u, { username: 'newdept', displayName: '新主管部门审核人', role: 'DEPT_REVIEWER', password: 'Passw0rd2026', unitCodes: ['901'] }),
    runAllowed: true,
  },
  { name: 'setUserUnits', allowed: ['admin'], call: (u) => setUserUnits(db, u, target.id, ['029', '901001']), runAllowed: true },
  { name: 'resetUserPassword', allowed: ['admin'], call: (u) => resetUserPassword(db, u, target.id, 'NewPassw0rd1'), runAllowed: true },
  { name: 'setUserDisabled', allowed: ['admin'], call: (u) => setUserDisabled(db, u, target.id, true), runAllowed: true },
  { name: 'listOrganizations', allowed: ['admin'], call: (u) => listOrganizations(db, u) },
  {
    name: 'createOrganization',
    allowed: ['admin'],
    call: (u) => createOrganization(db, u, { code: '901003', name: '示例新单位', isDepartment: false, unitKind: 'INSTITUTION', parentCode: '901' }),
    runAllowed: true,
  },
  {
    name: 'updateOrganization',
    allowed: ['admin'],
    call: async (u) => {
      const org = await db.organization.findUniqueOrThrow({ where: { code: '901003' } });
      return updateOrganization(db, u, org.id, { name: '示例新单位（更名）', unitKind: 'INSTITUTION', disabled: false });
    },
    runAllowed: true,
  },
  {
    name: 'updateOrganization (审核层级)',
    allowed: ['admin'],
    call: async (u) => {
      const org = await db.organization.findUniqueOrThrow({ where: { code: '029' } });
      return updateOrganization(db, u, org.id, { name: org.name, unitKind: org.unitKind, disabled: false, reviewLevels: 2 });
    },
    runAllowed: true,
  },
  { name: 'listFiscalYears', allowed: ['admin'], call: (u) => listFiscalYears(db, u) },
  { name: 'createFiscalYear', allowed: ['admin'], call: (u) => createFiscalYear(db, u, 2028), runAllowed: true },
  { name: 'setFiscalYearOpen', allowed: ['admin'], call: (u) => setFiscalYearOpen(db, u, 2028, false), runAllowed: true },
  { name: 'setFiscalYearTemplate', allowed: ['admin'], call: (u) => setFiscalYearTemplate(db, u, 2028, 'shanghai'), runAllowed: true },
  { name: 'listGlossary', allowed: ['admin'], call: (u) => listGlossary(db, u) },
  {
    name: 'saveGlossaryEntry',
    allowed: ['admin'],
    call: (u) => saveGlossaryEntry(db, u, { term: '新名词', definition: '解释', sortOrder: 99 }),
    runAllowed: true,
  },
  {
    name: 'importCatalogUpload',
    allowed: ['admin'],
    call: (u) => importCatalogUpload(db, u, 2028, 'FUNCTION', csv, '科目.csv', { confirmRemovals: true }),
    runAllowed: true,
  },
];

describe('权限矩阵：每个数据层函数 × 匿名、单位A填报人、单位B填报人、审核人、主管部门审核人（本部门、其他部门）、管理员', () => {
  it('未授权的角色被拒绝且数据库不变；授权角色可以执行', async () => {
    for (const c of cases()) {
      await expectRefusedWithoutChange(c);
      const runners = c.runAllowed ? c.allowed.slice(0, 1) : c.allowed;
      for (const role of runners) {
        await expect(c.call(users[role]), `${c.name} as ${role} must succeed`).resolves.not.toThrow();
      }
    }
    const states = await db.budget.findUniqueOrThrow({ where: { id: budgetA } });
    expect(states.status).toBe('RETURNED'); // after reopenForCorrection
    const disabled = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(disabled.disabled).toBe(true);
    expect(await db.functionSubject.count({ where: { year: 2028 } })).toBe(1);
  });

  it('审核人不能修改预算数据，管理员不能批复', async () => {
    await expect(setLineAmount(db, users.reviewer, budgetA, 'S1-001', '1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await submitBudget(db, users.accountantA, budgetA);
    await expect(approveBudget(db, users.admin, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '无权审核预算' });
    await expect(publishBudget(db, users.admin, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('主管部门审核人不能修改、提交、批复、公开或发起更正；财政局不能转报', async () => {
    const dept = users.deptReviewer;
    await expect(setLineAmount(db, dept, budgetA, 'S1-001', '1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(submitBudget(db, dept, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveBudget(db, dept, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '无权审核预算' });
    await expect(publishBudget(db, dept, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reopenForCorrection(db, dept, budgetA, '更正')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(forwardBudget(db, users.reviewer, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(forwardBudget(db, users.accountantA, budgetA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // the 待主管部门审核 budget (submitted above) is not the finance bureau's yet
    await expect(approveBudget(db, users.reviewer, budgetA)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('须经主管部门审核并转报财政'),
    });
  });
});
