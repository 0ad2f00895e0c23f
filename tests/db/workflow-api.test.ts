import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { handleWorkflowRequest } from '../../lib/api/workflow-endpoint';

// The JSON workflow endpoint (app/api/budgets/[org]/[year]/workflow/route.ts) driven with real requests
// on a test database; the session user is given directly instead of read from the cookie.

let t: TestDatabase;
let accountant: SessionUser;
let otherAccountant: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
  otherAccountant = await sessionUser(t.db, 'kuaiji901002');
  reviewer = await sessionUser(t.db, 'shenhe');
  admin = await sessionUser(t.db, 'admin');
  budgetId = await budgetIdOf(t.db, '901001');
});
afterAll(async () => t?.drop());

type Opts = { as?: SessionUser | null; org?: string; year?: string; headers?: Record<string, string>; raw?: string };

async function post(body: unknown, opts: Opts = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const org = opts.org ?? '901001';
  const year = opts.year ?? '2026';
  const req = new Request(`http://localhost:3000/api/budgets/${org}/${year}/workflow`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: 'localhost:3000', ...opts.headers },
    body: opts.raw ?? JSON.stringify(body),
  });
  const user = opts.as === undefined ? accountant : opts.as;
  const res = await handleWorkflowRequest(req, org, year, { db: t.db, currentUser: async () => user });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/budgets/{org}/{year}/workflow', () => {
  it('refuses anonymous, cross-site and non-JSON requests, bad bodies and unreadable budgets', async () => {
    expect(await post({ action: 'submit' }, { as: null })).toEqual({ status: 401, json: { error: '请先登录' } });
    const cross = await post({ action: 'submit' }, { headers: { Origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    expect(cross.json.error).toMatch(/跨站/);
    expect((await post({ action: 'submit' }, { headers: { 'Content-Type': 'text/plain' } })).status).toBe(403);
    expect((await post({ action: 'submit' }, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(403);
    const bad = await post({ action: 'sign' });
    expect(bad).toMatchObject({ status: 422, json: { error: '操作（action）：应为 submit、forward、return、approve、publish、reopen 之一' } });
    expect(await post(null, { raw: '{not json' })).toMatchObject({ status: 422, json: { error: '请求体不是有效的 JSON' } });
    expect((await post({ action: 'submit' }, { org: '999999' })).status).toBe(404);
    expect((await post({ action: 'submit' }, { year: '20x6' })).status).toBe(404);
    expect((await post({ action: 'submit' }, { year: '2031' })).status).toBe(404);
    expect(await post({ action: 'submit' }, { as: otherAccountant })).toEqual({ status: 404, json: { error: '预算不存在' } });
    expect((await post({ action: 'approve' }, { as: admin })).status).toBe(403);
    expect(await t.db.budgetVersion.count({ where: { budgetId } })).toBe(0);
  });

  it('submit → return → submit → approve → publish → reopen, each answering the status and latest version', async () => {
    expect(await post({ action: 'submit' }, { headers: { Origin: 'http://localhost:3000' } })).toEqual({
      status: 200,
      json: { status: 'SUBMITTED', versionNo: 1 },
    });
    expect((await post({ action: 'approve' })).status).toBe(403);
    expect((await post({ action: 'submit' })).status).toBe(409);
    const noComment = await post({ action: 'return' }, { as: reviewer });
    expect(noComment.status).toBe(422);
    expect(noComment.json.error).toMatch(/comment/);
    const badLine = await post({ action: 'return', comments: [{ target: 'LINE', targetRef: 'nope', text: '请核实' }] }, { as: reviewer });
    expect(badLine).toMatchObject({ status: 422, json: { error: '审核意见1：提交的预算中没有支出明细行“nope”' } });
    expect(await post({ action: 'return', comments: [{ target: 'TABLE', targetRef: 3, text: '表三请复核' }] }, { as: reviewer })).toEqual({
      status: 200,
      json: { status: 'RETURNED', versionNo: 1 },
    });
    expect(await post({ action: 'submit' })).toEqual({ status: 200, json: { status: 'SUBMITTED', versionNo: 2 } });
    expect(await post({ action: 'approve' }, { as: reviewer })).toEqual({ status: 200, json: { status: 'APPROVED', versionNo: 2 } });
    expect(await post({ action: 'publish' }, { as: reviewer })).toEqual({ status: 200, json: { status: 'PUBLISHED', versionNo: 2 } });
    expect((await post({ action: 'reopen' }, { as: reviewer })).status).toBe(422);
    expect(await post({ action: 'reopen', comment: '表七数字有误' }, { as: reviewer })).toEqual({ status: 200, json: { status: 'RETURNED', versionNo: 2 } });
    expect(await post({ action: 'submit' })).toEqual({ status: 200, json: { status: 'SUBMITTED', versionNo: 3 } });
    expect(await post({ action: 'return', comment: '请补充说明' }, { as: reviewer })).toEqual({ status: 200, json: { status: 'RETURNED', versionNo: 3 } });
    const comments = await t.db.reviewComment.findMany({ where: { budgetId, version: { versionNo: 3 } } });
    expect(comments.map((c) => [c.target, c.text])).toEqual([['GENERAL', '请补充说明']]);
    await post({ action: 'submit' });
    await post({ action: 'approve' }, { as: reviewer });
    const noNote = await post({ action: 'publish' }, { as: reviewer });
    expect(noNote).toMatchObject({ status: 422, json: { error: '更正说明：更正已公开的预算须填写更正说明' } });
    expect(await post({ action: 'publish', correctionNote: '更正了表七' }, { as: reviewer })).toEqual({
      status: 200,
      json: { status: 'PUBLISHED', versionNo: 4 },
    });
    const audit = await t.db.auditLog.findMany({ where: { budgetId, action: { startsWith: 'budget.' } }, orderBy: { id: 'asc' } });
    expect(audit.filter((a) => a.action !== 'budget.seed').map((a) => a.action)).toEqual([
      'budget.submit',
      'budget.return',
      'budget.submit',
      'budget.approve',
      'budget.publish',
      'budget.reopen-correction',
      'budget.submit',
      'budget.return',
      'budget.submit',
      'budget.approve',
      'budget.publish-correction',
    ]);
  });
});
