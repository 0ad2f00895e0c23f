import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import { dbFingerprint } from '../helpers/db-fingerprint';
import type { SessionUser } from '../../lib/auth/permissions';
import { startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { importEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { LINE_HEADERS, SHEETS } from '../../lib/excel/entry-layout';

// The Excel import's limits: 10 MB, and 50,000 rows in 支出明细 (counted by streaming, before loading).

let t: TestDatabase;
let user: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId } = await startFromPreviousYear(t.db, user, { orgCode: '029', year: 2027 }));
});
afterAll(async () => t?.drop());

const version = async () => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;

describe('Excel import limits', () => {
  it('refuses more than 50,000 支出明细 rows with a Chinese message and changes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEETS.lines);
    ws.addRow([...LINE_HEADERS]);
    for (let i = 1; i <= 50_001; i++) ws.addRow([`R${i}`, '2013801 行政运行', '基本支出', '', '30101', '50101', '一般公共预算', '当年预算安排', 1]);
    const content = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = await dbFingerprint(t);
    await expect(importEntryWorkbook(t.db, user, { budgetId, expectedVersion: await version(), fileName: 'big.xlsx', content })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '工作表“支出明细”超过50,000行，请删除多余的行或分批导入，未做任何修改',
    });
    expect(await dbFingerprint(t)).toEqual(before);
  }, 120_000);

  it('refuses a file over 10 MB as too large', async () => {
    await expect(
      importEntryWorkbook(t.db, user, { budgetId, expectedVersion: await version(), fileName: 'big.xlsx', content: new Uint8Array(10 * 1024 * 1024 + 1) }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE', message: '文件过大：Excel 文件不能超过10 MB' });
  });
});
