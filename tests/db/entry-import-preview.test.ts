import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { exportEntryWorkbook } from '../../lib/data/entry/export-entry-workbook';
import { importEntryWorkbook, previewEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { canUndoEntryImport, NOT_UNDOABLE, undoEntryImport } from '../../lib/data/entry/undo-entry-import';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';

let t: TestDatabase;
let accountant: SessionUser;
let budgetId: string;

const version = async () => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;
const lineCount = () => t.db.expenditureLine.count({ where: { budgetId } });
const auditCount = () => t.db.auditLog.count({ where: { budgetId } });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

async function exported(edit?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const { content } = await exportEntryWorkbook(t.db, accountant, '029', 2027, 'export');
  if (!edit) return new Uint8Array(content);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  edit(wb.getWorksheet('支出明细')!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId } = await startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2027 }));
});
afterAll(async () => t?.drop());

describe('Excel import preview, modes and undo', () => {
  it('previews the re-import of the exported workbook as no change, writing nothing', async () => {
    const v = await version();
    const audits = await auditCount();
    const p = await previewEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, mode: 'replace', content: await exported() });
    expect(p.lines).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(p.projects).toEqual({ added: [], changed: [], removed: [] });
    expect(p.totalAfter).toBe(p.totalBefore);
    expect(p.version).toBe(v);
    expect(await version()).toBe(v);
    expect(await auditCount()).toBe(audits);
  });

  it('previews a changed amount and a removed line in 整体替换, and 追加 as every line added', async () => {
    const v = await version();
    const n = await lineCount();
    const file = await exported((ws) => {
      ws.getCell('I2').value = 1234.5;
      ws.spliceRows(3, 1);
    });
    const replace = await previewEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, mode: 'replace', content: file });
    expect(replace.lines).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: n - 2 });
    const append = await previewEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, mode: 'append', content: await exported() });
    expect(append.lines).toMatchObject({ added: n, changed: 0, removed: 0, unchanged: n });
    expect(Number(append.totalAfter)).toBeCloseTo(Number(append.totalBefore) * 2, 2);
  });

  it('refuses a preview or an import against a stale version with the usual conflict message', async () => {
    const v = await version();
    const e = await failure(previewEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v + 1, mode: 'append', content: await exported() }));
    expect(e?.code).toBe('CONFLICT');
    expect(e?.message).toContain('该预算已被他人修改');
    const f = await failure(
      importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v + 1, mode: 'append', fileName: 'x.xlsx', content: await exported() }),
    );
    expect(f?.code).toBe('CONFLICT');
  });

  it('appends, then 撤销本次导入 restores the lines and projects from before, with audit records', async () => {
    const v = await version();
    const n = await lineCount();
    const before = await t.db.expenditureLine.findMany({ where: { budgetId }, orderBy: { sortOrder: 'asc' }, select: { lineKey: true, amount: true } });
    const r = await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, mode: 'append', fileName: 'x.xlsx', content: await exported() });
    expect(r.version).toBe(v + 1);
    expect(await lineCount()).toBe(2 * n);
    expect(await canUndoEntryImport(t.db, accountant, budgetId)).toBe(true);
    const stale = await failure(undoEntryImport(t.db, accountant, { budgetId, expectedVersion: v }));
    expect(stale?.code).toBe('CONFLICT');
    const u = await undoEntryImport(t.db, accountant, { budgetId, expectedVersion: v + 1 });
    expect(u.version).toBe(v + 2);
    expect(u.summary.lines.removed).toBe(n);
    const after = await t.db.expenditureLine.findMany({ where: { budgetId }, orderBy: { sortOrder: 'asc' }, select: { lineKey: true, amount: true } });
    expect(after.map((l) => [l.lineKey, l.amount.toString()])).toEqual(before.map((l) => [l.lineKey, l.amount.toString()]));
    const last = await t.db.auditLog.findFirstOrThrow({ where: { budgetId }, orderBy: { id: 'desc' } });
    expect(last.action).toBe('budget.undoImport');
    expect(await canUndoEntryImport(t.db, accountant, budgetId)).toBe(false);
  });

  it('refuses the undo once something else changed after the import, and refuses other users', async () => {
    const v = await version();
    await importEntryWorkbook(t.db, accountant, { budgetId, expectedVersion: v, mode: 'replace', fileName: 'x.xlsx', content: await exported() });
    const reviewer = await sessionUser(t.db, 'shenhe');
    const forbidden = await failure(undoEntryImport(t.db, reviewer, { budgetId, expectedVersion: v + 1 }));
    expect(forbidden?.code).toBe('FORBIDDEN');
    await saveUnitProfile(t.db, accountant, {
      budgetId,
      expectedVersion: v + 1,
      duties: '职责',
      structure: '机构',
      internalDivisions: '1',
      authorizedHeadcount: '1',
      actualHeadcount: '1',
      otherPersonnel: '0',
    });
    const e = await failure(undoEntryImport(t.db, accountant, { budgetId, expectedVersion: v + 2 }));
    expect(e?.code).toBe('INVALID_STATE');
    expect(e?.message).toBe(NOT_UNDOABLE);
    expect(await version()).toBe(v + 2);
  });
});
