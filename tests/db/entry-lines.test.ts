import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { lineInput, projectInput } from '../helpers/entry-inputs';
import { otherUnitAccountant, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { createEmptyBudget } from '../../lib/data/entry/create-budget';
import { saveLines } from '../../lib/data/entry/save-lines';
import { saveProject } from '../../lib/data/entry/save-project';

let t: TestDatabase;
let accountant: SessionUser;
let budgetId: string;
let version: number;

const line = lineInput;
const emptyProject = (code: string) => projectInput(code);

async function snapshot() {
  const b = await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } });
  const lines = await t.db.expenditureLine.findMany({ where: { budgetId }, orderBy: { lineKey: 'asc' } });
  const audits = await t.db.auditLog.count({ where: { budgetId } });
  return { version: b.version, lines: lines.map((l) => ({ ...l, amount: l.amount.toFixed(2) })), audits };
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId, version } = await createEmptyBudget(t.db, accountant, { orgCode: '029', year: 2027 }));
  ({ version } = await saveProject(t.db, accountant, { budgetId, expectedVersion: version, project: emptyProject('029-2027-01') }));
  ({ version } = await saveLines(t.db, accountant, {
    budgetId,
    expectedVersion: version,
    upserts: [line('L1'), line('L2', { amount: '2500.5' })],
    deletes: [],
  }));
});
afterAll(async () => t?.drop());

describe('saving expenditure lines', () => {
  it('saves valid lines, bumps the version and records the audit with before and after', async () => {
    const s = await snapshot();
    expect(s.version).toBe(version);
    expect(s.lines.map((l) => [l.lineKey, l.amount])).toEqual([
      ['L1', '1000.00'],
      ['L2', '2500.50'],
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { budgetId, action: 'lines.save' }, orderBy: { id: 'desc' } });
    expect(audit.actorName).toBe('市场监管局填报人');
    expect(JSON.stringify(audit.after)).toContain('2500.5');
  });

  it('names every invalid field in Chinese and saves nothing of the batch', async () => {
    const before = await snapshot();
    const e = await rejection(
      saveLines(t.db, accountant, {
        budgetId,
        expectedVersion: version,
        deletes: ['L1'],
        upserts: [
          line('N1', { amount: '12.345' }),
          line('N2', { amount: '-5' }),
          line('N3', { amount: '1000000000000' }),
          line('N4', { functionCode: '20138' }),
          line('N5', { deptEconCode: '301' }),
          line('N6', { kind: 'PROJECT', projectCode: null }),
          line('N7', { projectCode: '029-2027-01' }),
          line('N8', { functionCode: '9999999' }),
          line('N9', { kind: 'PROJECT', projectCode: 'NOPE' }),
          line('OK', { amount: '1.00' }),
        ],
      }),
    );
    expect(e.code).toBe('VALIDATION');
    const msgs = e.fieldErrors.map((f) => f.message);
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N1 金额（元）：.*最多两位小数/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N2 金额（元）/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N3 金额（元）.*1,000,000,000,000元/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N4 功能科目：.*7位项级科目/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N5 部门经济科目：.*5位款级科目/));
    expect(msgs).toContainEqual('支出明细 N6 项目：项目支出必须选择项目');
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N7 项目：基本支出不能关联项目/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N8 功能科目：.*不在2027年支出功能分类科目/));
    expect(msgs).toContainEqual(expect.stringMatching(/^支出明细 N9 项目：项目 NOPE 不在本预算的项目库中/));
    expect(e.fieldErrors.some((f) => f.field.startsWith('lines.OK'))).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a project line for a project of the budget and deletes in the same batch', async () => {
    const r = await saveLines(t.db, accountant, {
      budgetId,
      expectedVersion: version,
      deletes: ['L1'],
      upserts: [
        line('P1', { kind: 'PROJECT', projectCode: '029-2027-01', functionCode: '2013816', deptEconCode: '30227', govEconCode: '50205', amount: '500000' }),
      ],
    });
    version = r.version;
    const s = await snapshot();
    expect(s.lines.map((l) => l.lineKey)).toEqual(['L2', 'P1']);
  });

  it('refuses the second of two writes based on the same version, keeping the first', async () => {
    const before = await snapshot();
    const a = saveLines(t.db, accountant, { budgetId, expectedVersion: version, deletes: [], upserts: [line('L2', { amount: '111.11' })] });
    const b = saveLines(t.db, accountant, { budgetId, expectedVersion: version, deletes: [], upserts: [line('L2', { amount: '222.22' })] });
    const results = await Promise.allSettled([a, b]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    expect(lost[0].reason.code).toBe('CONFLICT');
    expect(lost[0].reason.message).toContain('该预算已被他人修改');
    const after = await snapshot();
    expect(after.version).toBe(before.version + 1);
    const winner = results[0].status === 'fulfilled' ? '111.11' : '222.22';
    expect(after.lines.find((l) => l.lineKey === 'L2')!.amount).toBe(winner);
    expect(after.audits).toBe(before.audits + 1);
    version = after.version;
  });

  it('refuses a stale version even when nothing else of the write is wrong', async () => {
    const e = await rejection(saveLines(t.db, accountant, { budgetId, expectedVersion: version - 1, deletes: [], upserts: [line('Z1')] }));
    expect(e.code).toBe('CONFLICT');
  });

  it('refuses a retired (停用) code on a line unless the budget already books on it', async () => {
    await t.query(`UPDATE function_subject SET retired_at = now() WHERE year = 2027 AND code IN ('2013816', '2013802')`);
    try {
      const before = await snapshot();
      const e = await rejection(
        saveLines(t.db, accountant, { budgetId, expectedVersion: version, deletes: [], upserts: [line('R1', { functionCode: '2013802', rowNo: 3 })] }),
      );
      expect(e.fieldErrors).toEqual([
        { field: 'lines.R1.functionCode', message: '支出明细第3行 功能科目：2013802 已停用，不能用于新增或修改的行，请选择其他科目' },
      ]);
      expect(await snapshot()).toEqual(before);
      const p1 = before.lines.find((l) => l.lineKey === 'P1')!;
      ({ version } = await saveLines(t.db, accountant, {
        budgetId,
        expectedVersion: version,
        deletes: [],
        upserts: [
          line('P1', {
            kind: 'PROJECT',
            projectCode: '029-2027-01',
            functionCode: p1.functionCode,
            deptEconCode: '30227',
            govEconCode: '50205',
            amount: '400000',
          }),
        ],
      }));
      expect((await snapshot()).lines.find((l) => l.lineKey === 'P1')!.amount).toBe('400000.00');
    } finally {
      await t.query(`UPDATE function_subject SET retired_at = NULL WHERE year = 2027 AND code IN ('2013816', '2013802')`);
    }
  });

  it('refuses a reviewer, an admin and another unit’s accountant, leaving the database unchanged', async () => {
    const before = await snapshot();
    for (const who of [await sessionUser(t.db, 'shenhe'), await sessionUser(t.db, 'admin')]) {
      const e = await rejection(saveLines(t.db, who, { budgetId, expectedVersion: version, deletes: ['L2'], upserts: [line('X1')] }));
      expect(e.code).toBe('FORBIDDEN');
      expect(e.message).toBe('无权修改该预算');
    }
    // Another unit's accountant is told the budget does not exist (README: another unit's budget → 不存在).
    const other = await otherUnitAccountant(t.db);
    const f = await rejection(saveLines(t.db, other, { budgetId, expectedVersion: version, deletes: ['L2'], upserts: [line('X1')] }));
    expect(f.code).toBe('NOT_FOUND');
    expect(f.message).toBe('预算不存在');
    const e = await rejection(createEmptyBudget(t.db, other, { orgCode: '029', year: 2025 }));
    expect(e.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses edits once the budget is submitted, with a Chinese message', async () => {
    await t.query(`UPDATE budget SET status = 'SUBMITTED' WHERE id = $1`, [budgetId]);
    const before = await snapshot();
    const e = await rejection(saveLines(t.db, accountant, { budgetId, expectedVersion: version, deletes: [], upserts: [line('S1')] }));
    expect(e.code).toBe('INVALID_STATE');
    expect(e.message).toContain('已提交');
    expect(await snapshot()).toEqual(before);
    await t.query(`UPDATE budget SET status = 'RETURNED' WHERE id = $1`, [budgetId]);
    const r = await saveLines(t.db, accountant, { budgetId, expectedVersion: version, deletes: [], upserts: [line('S1')] });
    expect(r.version).toBe(version + 1);
  });
});
