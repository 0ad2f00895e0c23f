import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { setLineAmount } from '../helpers/set-line-amount';
import type { SessionUser } from '../../lib/auth/permissions';
import { handleWorkflowRequest } from '../../lib/api/workflow-endpoint';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { listDepartmentsForReview } from '../../lib/data/department/department-state';
import { getPublicDocument, getPublishedInput, listPublishedDocuments } from '../../lib/data/public/public-documents';
import { parseFrozenDocument } from '../../lib/document/frozen/frozen-version-format';
import { cachedExport } from '../../lib/export/export-cache';
import { documentTitle } from '../../lib/document/frozen-disclosure';
import { createOrganization } from '../../lib/data/admin/organizations';
import { listMyUnits } from '../../lib/data/budget/list-my-units';
import { createEmptyBudget } from '../../lib/data/entry/create-budget';

// 部门预算 901 over its units 901001 (行政) and 901002 (事业): published by the finance bureau from the
// units' frozen versions once both are approved, 已过期 after a unit's correction, republished with a 更正说明.

let t: TestDatabase;
let reviewer: SessionUser;
let acc1: SessionUser;
let acc2: SessionUser;
let b1: string;
let b2: string;

beforeAll(async () => {
  t = await createTestDatabase();
  reviewer = await sessionUser(t.db, 'shenhe');
  acc1 = await sessionUser(t.db, 'kuaiji901001');
  acc2 = await sessionUser(t.db, 'kuaiji901002');
  b1 = await budgetIdOf(t.db, '901001');
  b2 = await budgetIdOf(t.db, '901002');
});
afterAll(async () => t?.drop());

async function post(org: string, body: unknown, as: SessionUser | null) {
  const req = new Request(`http://localhost:3000/api/budgets/${org}/2026/workflow`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
  const res = await handleWorkflowRequest(req, org, '2026', { db: t.db, currentUser: async () => as });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Table 1 收入总计 (exact 元) of a stored document. */
function incomeTotal(documentJson: unknown): string {
  const table1 = parseFrozenDocument(documentJson).tables[0];
  const i = table1.rows.findIndex((r) => r[0] === '收入总计');
  const exact = table1.exact[i][1];
  if (exact === null) throw new Error('表一收入总计没有精确值');
  return exact;
}

async function latestVersionDocument(budgetId: string) {
  const v = await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId }, orderBy: { versionNo: 'desc' }, select: { document: true } });
  return v.document;
}

describe('部门预算 901', () => {
  it('admits a body without a budget of its own (不单列预算) under a department, never asked for a budget', async () => {
    const admin = await sessionUser(t.db, 'admin');
    const body = { code: '901009', name: '阳泉市示例综合执法大队', isDepartment: false, unitKind: null, parentCode: '901' };
    await expect(createOrganization(t.db, admin, { ...body, parentCode: null })).rejects.toThrow(/不单列预算的机构须填写上级部门/);
    const { id } = await createOrganization(t.db, admin, body);
    const bound = { ...acc1, unitIds: [...acc1.unitIds, id] };
    await t.db.userUnit.create({ data: { userId: acc1.id, orgId: id } });
    expect((await listMyUnits(t.db, bound)).map((u) => u.code)).not.toContain('901009');
    await expect(createEmptyBudget(t.db, bound, { orgCode: '901009', year: 2026 })).rejects.toThrow(/不是预算单位/);
  });

  it('is refused while 901002 is only submitted, naming the unit', async () => {
    await submitBudget(t.db, acc1, b1);
    await approveBudget(t.db, reviewer, b1);
    await submitBudget(t.db, acc2, b2);
    const r = await post('901', { action: 'publish' }, reviewer);
    expect(r.status).toBe(409);
    expect(r.json.error).toMatch(/以下单位尚未批复：901002 阳泉市示例事务中心（已提交）/);
    expect(r.json.error).not.toMatch(/901001|901009/);
    expect(await t.db.departmentVersion.count()).toBe(0);
    const [row] = (await listDepartmentsForReview(t.db, reviewer, 2026)).filter((d) => d.code === '901');
    expect(row).toMatchObject({ state: 'NOT_READY', canPublish: false });
  });

  it('refuses an anonymous caller (401) and an accountant (403); unit actions do not apply to a department', async () => {
    expect((await post('901', { action: 'publish' }, null)).status).toBe(401);
    expect((await post('901', { action: 'publish' }, acc1)).status).toBe(403);
    expect((await post('901', { action: 'submit' }, reviewer)).status).toBe(422);
  });

  it('publishes once both units are approved, consolidating their frozen versions exactly', async () => {
    await approveBudget(t.db, reviewer, b2);
    expect(await post('901', { action: 'publish' }, reviewer)).toEqual({ status: 200, json: { status: 'PUBLISHED', versionNo: 1 } });
    const dv = await t.db.departmentVersion.findFirstOrThrow({ where: { department: { code: '901' } } });
    const sum = new Decimal(incomeTotal(await latestVersionDocument(b1))).plus(incomeTotal(await latestVersionDocument(b2)));
    expect(new Decimal(incomeTotal(dv.document)).equals(sum)).toBe(true);
    expect(sum.greaterThan(0)).toBe(true);
    expect(dv.unitVersionIds).toHaveLength(2);
    expect(dv.correctionNote).toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'department.publish' } });
    expect(audit.entityId).toBe(dv.id);
    const [row] = (await listDepartmentsForReview(t.db, reviewer, 2026)).filter((d) => d.code === '901');
    expect(row).toMatchObject({ state: 'PUBLISHED', canPublish: false, latestVersionNo: 1 });
    // Nothing new to publish.
    expect((await post('901', { action: 'publish', correctionNote: '重复' }, reviewer)).status).toBe(409);
  });

  it('is read by the public reader with scope DEPARTMENT and listed in the index', async () => {
    const d = await getPublicDocument(t.db, '901', 2026);
    expect(d?.scope).toBe('DEPARTMENT');
    expect(d?.document.scope).toBe('DEPARTMENT');
    expect(d?.versionNo).toBe(1);
    expect(d?.profile.structure).toMatch(/不单列预算的机构：阳泉市示例综合执法大队/);
    expect(documentTitle(d!.document)).toMatch(/2026年度部门预算公开$/);
    expect(d?.units.map((u) => [u.code, u.published])).toEqual([
      ['901001', false],
      ['901002', false],
    ]);
    expect((await getPublishedInput(t.db, d!.versionId))?.units).toHaveLength(2);
    const listed = await listPublishedDocuments(t.db, { year: 2026 });
    expect(listed.find((x) => x.orgCode === '901')).toMatchObject({ scope: 'DEPARTMENT', versionNo: 1 });
    expect(listed.find((x) => x.orgCode === '029')).toMatchObject({ scope: 'UNIT' });
    expect((await listPublishedDocuments(t.db, { q: '901' })).map((x) => x.orgCode)).toContain('901');
    // Its downloads are stored by its version id like a unit's.
    const stored = await cachedExport(t.db, d!.versionId, 'json', async () => Buffer.from('{}'));
    expect(stored.body.toString()).toBe('{}');
  });

  it('is frozen: the database refuses to change or delete a department version, or store a file for no version', async () => {
    await expect(t.query(`UPDATE department_version SET correction_note = 'x'`)).rejects.toThrow(/不能修改/);
    await expect(t.query(`DELETE FROM department_version`)).rejects.toThrow(/不能删除/);
    await expect(
      t.query(`INSERT INTO export_file (version_id, format, revision, sha256, content) VALUES (gen_random_uuid(), 'json', 'x', 'x', '\\x00')`),
    ).rejects.toThrow(/已公开的版本/);
  });

  it('a unit correction marks it 已过期; republishing needs a 更正说明 and makes 第2版', async () => {
    await publishBudget(t.db, reviewer, b1);
    const [published] = (await listDepartmentsForReview(t.db, reviewer, 2026)).filter((d) => d.code === '901');
    expect(published.state).toBe('PUBLISHED');
    await reopenForCorrection(t.db, reviewer, b1, '金额有误');
    const line = await t.db.expenditureLine.findFirstOrThrow({ where: { budgetId: b1 }, orderBy: { lineKey: 'asc' } });
    await setLineAmount(t.db, acc1, b1, line.lineKey, new Decimal(line.amount.toString()).plus(100).toFixed(2));
    await submitBudget(t.db, acc1, b1);
    expect((await post('901', { action: 'publish', correctionNote: '更正' }, reviewer)).status).toBe(409);
    await approveBudget(t.db, reviewer, b1);
    await publishBudget(t.db, reviewer, b1, { correctionNote: '更正一行金额' });
    const [stale] = (await listDepartmentsForReview(t.db, reviewer, 2026)).filter((d) => d.code === '901');
    expect(stale).toMatchObject({ state: 'STALE', canPublish: true, needsCorrectionNote: true });
    const noNote = await post('901', { action: 'publish' }, reviewer);
    expect(noNote.status).toBe(422);
    expect(noNote.json.error).toMatch(/更正说明/);
    expect(await post('901', { action: 'publish', correctionNote: '901001 更正后重新公开' }, reviewer)).toEqual({
      status: 200,
      json: { status: 'PUBLISHED', versionNo: 2 },
    });
    const d = await getPublicDocument(t.db, '901', 2026);
    expect(d?.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(d?.correctionNote).toBe('901001 更正后重新公开');
    expect(d?.units.find((u) => u.code === '901001')?.published).toBe(true);
    const v2 = await t.db.departmentVersion.findFirstOrThrow({ where: { versionNo: 2 } });
    const sum = new Decimal(incomeTotal(await latestVersionDocument(b1))).plus(incomeTotal(await latestVersionDocument(b2)));
    expect(incomeTotal(v2.document)).toBe(sum.toFixed(2));
    expect((await getPublicDocument(t.db, '901', 2026, 1))?.versionNo).toBe(1);
  });

  it('a single-unit department (029) keeps its one unit document and is not listed for consolidation', async () => {
    const rows = await listDepartmentsForReview(t.db, reviewer, 2026);
    expect(rows.map((r) => r.code)).not.toContain('029');
    expect((await getPublicDocument(t.db, '029', 2026))?.scope).toBe('UNIT');
  });
});
