import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { setLineAmount } from '../helpers/set-line-amount';
import { dbFingerprint } from '../helpers/db-fingerprint';
import type { SessionUser } from '../../lib/auth/permissions';
import { setFiscalYearOpen } from '../../lib/data/admin/fiscal-years';
import { findEditableBudget, runBudgetEdit } from '../../lib/data/entry/edit-guard';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';
import { uploadAttachment } from '../../lib/data/entry/attachments';
import { exportEntryWorkbook } from '../../lib/data/entry/export-entry-workbook';
import { importEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { submitBudget } from '../../lib/data/workflow/submit-budget';

// A closed fiscal year (FiscalYear.isOpen = false) refuses every edit and the submission of its budgets,
// checked up front and again inside the write transaction.

const CLOSED = '2026年度已结束，不能修改或提交预算';

let t: TestDatabase;
let accountant: SessionUser;
let admin: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
  admin = await sessionUser(t.db, 'admin');
  budgetId = await budgetIdOf(t.db, '901001');
});
afterAll(async () => t?.drop());

const version = async () => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;

describe('已结束的预算年度', () => {
  it('拒绝修改明细、单位概况、附件、Excel 导入和提交，数据库不变', async () => {
    const { fileName, content } = await exportEntryWorkbook(t.db, accountant, '901001', 2026, 'export');
    await setFiscalYearOpen(t.db, admin, 2026, false);
    const before = await dbFingerprint(t);
    const v = await version();
    const writes: [string, () => Promise<unknown>][] = [
      ['saveLines', () => setLineAmount(t.db, accountant, budgetId, 'S1-001', '1.00')],
      [
        'saveUnitProfile',
        () =>
          saveUnitProfile(t.db, accountant, {
            budgetId,
            expectedVersion: v,
            duties: 'a',
            structure: 'b',
            internalDivisions: 1,
            authorizedHeadcount: 1,
            actualHeadcount: 1,
            otherPersonnel: 0,
          }),
      ],
      [
        'uploadAttachment',
        () => uploadAttachment(t.db, accountant, { budgetId, expectedVersion: v, title: '说明', fileName: 'a.txt', content: new TextEncoder().encode('说明') }),
      ],
      ['importEntryWorkbook', () => importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, fileName, content: new Uint8Array(content) })],
      ['submitBudget', () => submitBudget(t.db, accountant, budgetId)],
    ];
    for (const [name, write] of writes) {
      await expect(write(), name).rejects.toMatchObject({ code: 'INVALID_STATE', message: CLOSED });
    }
    expect(await dbFingerprint(t)).toEqual(before);
  });

  it('检查通过后、写入前年度被关闭：事务内再次检查，写入不执行', async () => {
    await setFiscalYearOpen(t.db, admin, 2026, true);
    const budget = await findEditableBudget(t.db, accountant, budgetId);
    await setFiscalYearOpen(t.db, admin, 2026, false);
    let wrote = false;
    await expect(runBudgetEdit(t.db, budget, budget.version, async () => (wrote = true))).rejects.toMatchObject({ message: CLOSED });
    expect(wrote).toBe(false);
    expect(await version()).toBe(budget.version);
  });

  it('重新开放后可以修改和提交', async () => {
    await setFiscalYearOpen(t.db, admin, 2026, true);
    await setLineAmount(t.db, accountant, budgetId, 'S1-001', '1250000');
    expect(await submitBudget(t.db, accountant, budgetId)).toEqual({ versionNo: 1 });
  });
});
