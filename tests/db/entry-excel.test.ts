import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { exportEntryWorkbook } from '../../lib/data/entry/export-entry-workbook';
import { importEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { deriveDocument } from '../../lib/domain/derive-document';

let t: TestDatabase;
let accountant: SessionUser;
let budgetId: string;

const current = async () => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;
const derived = async () => deriveDocument((await loadDisclosureInput(t.db, '029', 2027))!);

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId } = await startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2027 }));
});
afterAll(async () => t?.drop());

describe('the entry workbook', () => {
  it('offers the year’s catalogues as drop-down lists on hidden sheets', async () => {
    const { content } = await exportEntryWorkbook(t.db, accountant, '029', 2027, 'template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(content as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['支出明细', '项目', '绩效指标']);
    const fn = wb.getWorksheet('功能科目表')!;
    expect(fn.state).toBe('veryHidden');
    expect(fn.getColumn(1).values).toContain('2013801 行政运行');
    const lines = wb.getWorksheet('支出明细')!;
    expect(lines.rowCount).toBe(1);
    const v = lines.getCell('B2').dataValidation;
    expect(v.type).toBe('list');
    expect(v.formulae[0]).toContain('功能科目表');
  });

  it('round-trips: export then import leaves the budget and its derived document unchanged', async () => {
    const before = await derived();
    const beforeInput = (await loadDisclosureInput(t.db, '029', 2027))!;
    expect(before.tables.length).toBe(13);
    const { content } = await exportEntryWorkbook(t.db, accountant, '029', 2027, 'export');
    const v = await current();
    const r = await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, fileName: 'x.xlsx', content: new Uint8Array(content) });
    expect(r.version).toBe(v + 1);
    expect(r.lines).toBe(beforeInput.units[0].lines.length);
    expect((await loadDisclosureInput(t.db, '029', 2027))!.units[0]).toEqual(beforeInput.units[0]);
    expect(await derived()).toEqual(before);
  });

  it('reports every bad row with sheet, row, column and reason, and changes nothing', async () => {
    const { content } = await exportEntryWorkbook(t.db, accountant, '029', 2027, 'export');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(content as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('支出明细')!;
    ws.getCell('I3').value = '12.345';
    ws.getCell('B5').value = '9999999 不存在的科目';
    ws.getCell('D7').value = 'NOPE';
    ws.getCell('C7').value = '项目支出';
    const bad = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = await derived();
    const v = await current();
    const audits = await t.db.auditLog.count({ where: { budgetId } });
    const e = await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, fileName: 'bad.xlsx', content: bad }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    const fields = (e as AppError).fieldErrors;
    expect(fields.map((f) => f.field)).toEqual(['支出明细|3|金额（元）', '支出明细|5|功能科目', '支出明细|7|项目编码']);
    expect(fields[0].message).toMatch(/^工作表“支出明细”第3行 金额（元）：.*最多两位小数/);
    expect(fields[2].message).toContain('NOPE 不在“项目”工作表中');
    expect((e as AppError).message).toContain('未做任何修改');
    expect(await current()).toBe(v);
    expect(await t.db.auditLog.count({ where: { budgetId } })).toBe(audits);
    expect(await derived()).toEqual(before);
  });

  it('refuses a retired (停用) code the budget does not book on, and re-imports the lines that already had one', async () => {
    const used = (await loadDisclosureInput(t.db, '029', 2027))!.units[0].lines[0].functionCode;
    await t.query(`UPDATE function_subject SET retired_at = now() WHERE year = 2027 AND code IN ($1, '2050803')`, [used]);
    try {
      const { content } = await exportEntryWorkbook(t.db, accountant, '029', 2027, 'export');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(content as unknown as ArrayBuffer);
      wb.getWorksheet('支出明细')!.getCell('B4').value = '2050803 培训支出';
      const bad = new Uint8Array(await wb.xlsx.writeBuffer());
      const v = await current();
      const e = await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, fileName: 'bad.xlsx', content: bad }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fieldErrors).toEqual([
        { field: '支出明细|4|功能科目', message: '工作表“支出明细”第4行 功能科目：2050803 已停用，不能用于新增或修改的行，请选择其他科目' },
      ]);
      expect(await current()).toBe(v);
      const r = await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, fileName: 'x.xlsx', content: new Uint8Array(content) });
      expect(r.version).toBe(v + 1);
    } finally {
      await t.query(`UPDATE function_subject SET retired_at = NULL WHERE year = 2027 AND code IN ($1, '2050803')`, [used]);
    }
  });

  it('refuses a file that is not a workbook, and a reviewer', async () => {
    const v = await current();
    const e = await importEntryWorkbook(t.db, accountant, {
      budgetId,
      expectedVersion: v,
      fileName: 'x.xlsx',
      content: new TextEncoder().encode('not excel'),
    }).then(
      () => null,
      (x: unknown) => x,
    );
    expect((e as AppError).fieldErrors[0].message).toBe('文件不是有效的 Excel（.xlsx）工作簿');
    const reviewer = await sessionUser(t.db, 'shenhe');
    const f = await importEntryWorkbook(t.db, reviewer, { budgetId, expectedVersion: v, fileName: 'x.xlsx', content: new Uint8Array([1]) }).then(
      () => null,
      (x: unknown) => x,
    );
    expect((f as AppError).code).toBe('FORBIDDEN');
  });
});
