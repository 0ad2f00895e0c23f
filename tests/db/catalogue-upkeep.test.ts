import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { previewMappingUpload, confirmMappingImport } from '../../lib/data/admin/import-mapping-upload';
import { addCatalogEntryAsAdmin, listCatalogEntries, renameCatalogEntryAsAdmin, setCatalogEntryRetiredAsAdmin } from '../../lib/data/admin/catalog-entries';
import { createFiscalYear, setFiscalYearOpen } from '../../lib/data/admin/fiscal-years';
import { loadWorkspace } from '../../lib/data/entry/load-workspace';
import { loadYearCatalogs } from '../../lib/data/budget/load-disclosure-input';
import { loadEconMapping } from '../../prisma/seed-data/catalogs/load-catalogs';

let t: TestDatabase;
let admin: SessionUser;
const tsv = (rows: string[][]) => Buffer.from(['dept_code\tgov_code_admin\tgov_code_institution', ...rows.map((r) => r.join('\t'))].join('\n'), 'utf8');
const shipped = () => loadEconMapping(2026).map((m) => [m.deptCode, m.govCodeAdmin, m.govCodeInstitution]);
const mappingRows = (year: number) =>
  t.query(`SELECT dept_code, gov_code_admin, gov_code_institution FROM econ_mapping WHERE year = ${year} ORDER BY dept_code`);
const audits = (action: string) =>
  t.query<{ entity_id: string; before: unknown; after: unknown }>(`SELECT entity_id, before, after FROM audit_log WHERE action = $1 ORDER BY id`, [action]);

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await sessionUser(t.db, 'admin');
});
afterAll(async () => t?.drop());

describe('经济科目对照表 import', () => {
  it('replaces the year’s mapping in one audited transaction and invalidates the drafts’ check counts', async () => {
    const rows = shipped().map((r) => (r[0] === '39999' ? ['39999', '59910', '59910'] : r));
    const preview = await previewMappingUpload(t.db, admin, 2027, tsv(rows), '对照表.tsv');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.plan.changed).toEqual([
      { deptCode: '39999', from: expect.objectContaining({ govCodeAdmin: '59999' }), to: expect.objectContaining({ govCodeAdmin: '59910' }) },
    ]);
    await t.query(`UPDATE budget SET blocking_checks = 0, warning_checks = 0, checks_at = now() WHERE year = 2027 AND status IN ('DRAFT', 'RETURNED')`);
    const done = await confirmMappingImport(t.db, admin, { year: 2027, rows: preview.rows, digest: preview.plan.digest });
    expect(done.ok).toBe(true);
    expect((await mappingRows(2027)).find((r) => r.dept_code === '39999')).toEqual({
      dept_code: '39999',
      gov_code_admin: '59910',
      gov_code_institution: '59910',
    });
    expect((await mappingRows(2026)).find((r) => r.dept_code === '39999')).toMatchObject({ gov_code_admin: '59999' });
    const [audit] = await audits('catalog.mapping.import');
    expect(audit).toMatchObject({ entity_id: '2027', after: { count: rows.length, unchanged: rows.length - 1 } });
    expect(await t.query(`SELECT count(*)::int AS n FROM budget WHERE year = 2027 AND status IN ('DRAFT', 'RETURNED') AND checks_at IS NOT NULL`)).toEqual([
      { n: 0 },
    ]);
  });

  it('rejects an invalid row with a Chinese error naming the row and the column, and changes nothing', async () => {
    const before = await mappingRows(2026);
    const rows = [...shipped().filter((r) => r[0] !== '30901'), ['30901', '50301', '50601'], ['30298', '50201', '50502']];
    const preview = await previewMappingUpload(t.db, admin, 2026, tsv(rows), '对照表.tsv');
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    const n = rows.length;
    expect(preview.errors.map((e) => e.message)).toEqual([
      `第${n}行 行政单位政府经济科目列：30901 按对照表的类级规则应对应 504 或 50602 开头的政府经济科目，而不是 50301`,
      `第${n}行 事业单位政府经济科目列：30901 按对照表的类级规则应对应 50602 开头的政府经济科目，而不是 50601`,
      `第${n + 1}行 部门经济科目列：30298 不在2026年部门预算支出经济分类的款级科目中`,
    ]);
    const missingHeader = previewMappingUpload(t.db, admin, 2026, Buffer.from('编码,名称\n30101,50101\n'), '对照表.csv');
    await expect(missingHeader).rejects.toThrow(/文件：第1行：找不到表头/);
    expect(await mappingRows(2026)).toEqual(before);
  });

  it('refuses a mapping that would make existing lines of an open year invalid pairs, listing them', async () => {
    const before = await mappingRows(2026);
    const rows = shipped().map((r) => (r[0] === '30201' ? ['30201', '50299', '50502'] : r));
    const preview = await previewMappingUpload(t.db, admin, 2026, tsv(rows), '对照表.tsv');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.plan.broken).toContainEqual(expect.objectContaining({ orgCode: '029', deptCode: '30201', govCode: '50201' }));
    await expect(confirmMappingImport(t.db, admin, { year: 2026, rows: preview.rows, digest: preview.plan.digest })).rejects.toThrow(
      /新对照表会使2026年度以下支出明细的经济科目搭配无效，未做任何修改：.*单位029（行政单位）30201\/50201（\d+行）/,
    );
    expect(await mappingRows(2026)).toEqual(before);
  });
});

describe('single catalogue entries', () => {
  it('adds a 项 under an existing 款 (audited) and refuses a bad code, a missing parent and a duplicate, naming the field', async () => {
    const row = await addCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '2013897', '测试新增事务');
    expect(row).toMatchObject({ code: '2013897', parentCode: '20138', retiredAt: null });
    expect(await audits('catalog.entry.add')).toEqual([
      expect.objectContaining({ entity_id: '2027:2013897', after: expect.objectContaining({ name: '测试新增事务' }) }),
    ]);
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '20138a7', '名称')).rejects.toThrow(
      '编码：支出功能分类编码应为3位（类）、5位（款）或7位（项）数字',
    );
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '2019797', '名称')).rejects.toThrow('编码：上级科目 20197 不存在，请先添加上级科目');
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '2013897', '名称')).rejects.toThrow('编码：2013897 已存在（测试新增事务）');
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2027, 'DEPT_ECONOMIC', '30298', '')).rejects.toThrow('名称：名称不能为空');
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2027, 'GOV_ECONOMIC', '30298', '其他')).rejects.toThrow('编码：政府预算支出经济分类编码应以5开头');
  });

  it('adds a 部门经济科目 款 with its 对照表 row in the same transaction, and refuses a pair against the class rules', async () => {
    await addCatalogEntryAsAdmin(t.db, admin, 2027, 'DEPT_ECONOMIC', '30298', '测试商品和服务', { govCodeAdmin: '50299', govCodeInstitution: '50502' });
    expect((await mappingRows(2027)).find((r) => r.dept_code === '30298')).toEqual({
      dept_code: '30298',
      gov_code_admin: '50299',
      gov_code_institution: '50502',
    });
    expect((await audits('catalog.entry.add')).at(-1)).toEqual(
      expect.objectContaining({ entity_id: '2027:30298', after: expect.objectContaining({ mapping: { govCodeAdmin: '50299', govCodeInstitution: '50502' } }) }),
    );
    await expect(
      addCatalogEntryAsAdmin(t.db, admin, 2027, 'DEPT_ECONOMIC', '30297', '测试', { govCodeAdmin: '50101', govCodeInstitution: '50502' }),
    ).rejects.toThrow('行政单位政府经济科目：30297 按对照表的类级规则应对应 502 或 50502 开头的政府经济科目，而不是 50101');
    await expect(
      addCatalogEntryAsAdmin(t.db, admin, 2027, 'DEPT_ECONOMIC', '30297', '测试', { govCodeAdmin: '50298', govCodeInstitution: '50502' }),
    ).rejects.toThrow('行政单位政府经济科目：50298 不在2027年政府预算支出经济分类中');
    await expect(
      addCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '2013896', '测试', { govCodeAdmin: '50299', govCodeInstitution: '50502' }),
    ).rejects.toThrow('只有部门预算支出经济分类的款级（5位）科目可填写对应的政府经济科目');
    expect((await mappingRows(2027)).some((r) => r.dept_code === '30297')).toBe(false);
    expect((await listCatalogEntries(t.db, admin, 2027, 'DEPT_ECONOMIC', '30297')).length).toBe(0);
  });

  it('renames an entry with its audit record', async () => {
    await renameCatalogEntryAsAdmin(t.db, admin, 2027, 'FUNCTION', '2013897', '测试更名事务');
    expect((await listCatalogEntries(t.db, admin, 2027, 'FUNCTION', '2013897'))[0]).toEqual({ code: '2013897', name: '测试更名事务', retired: false });
    expect(await audits('catalog.entry.rename')).toEqual([expect.objectContaining({ before: { name: '测试新增事务' }, after: { name: '测试更名事务' } })]);
  });

  it('retires a used 项 with its descendants: not offered any more, still resolving for existing lines', async () => {
    const accountant = await sessionUser(t.db, 'kuaiji029');
    const codes = await setCatalogEntryRetiredAsAdmin(t.db, admin, 2026, 'FUNCTION', '20138', true);
    expect(codes).toContain('2013801');
    expect(codes[0]).toBe('20138');
    expect(await audits('catalog.entry.retire')).toEqual([expect.objectContaining({ entity_id: '2026:20138' })]);
    const ws = await loadWorkspace(t.db, accountant, '029', 2026);
    expect(ws.retiredCodes).toContain('2013801');
    expect(ws.unit?.lines.some((l) => l.functionCode === '2013801')).toBe(true);
    expect(ws.catalogs.functions.find((f) => f.code === '2013801')?.name).toBe('行政运行');
    expect(ws.document?.checks.find((c) => c.rule === 'LINE_FUNCTION_CODE')?.passed).toBe(true);
    expect((await loadYearCatalogs(t.db, 2026)).functions.some((f) => f.code === '20138')).toBe(true);
    await expect(setCatalogEntryRetiredAsAdmin(t.db, admin, 2026, 'FUNCTION', '2013801', false)).rejects.toThrow(
      '上级科目 20138 市场监督管理事务 已停用，请先启用上级科目',
    );
    await setCatalogEntryRetiredAsAdmin(t.db, admin, 2026, 'FUNCTION', '20138', false);
    expect((await loadWorkspace(t.db, accountant, '029', 2026)).retiredCodes).not.toContain('20138');
  });

  it('refuses edits of a closed year and of a caller without the permission', async () => {
    await expect(addCatalogEntryAsAdmin(t.db, admin, 2025, 'FUNCTION', '2013897', '名称')).rejects.toThrow('2025年度已结束，不能修改其科目表');
    const accountant = await sessionUser(t.db, 'kuaiji029');
    await expect(addCatalogEntryAsAdmin(t.db, accountant, 2027, 'FUNCTION', '2013896', '名称')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a new fiscal year', () => {
  it('starts from a copy of the latest earlier year’s catalogues (retired state kept) and mapping', async () => {
    await setCatalogEntryRetiredAsAdmin(t.db, admin, 2027, 'DEPT_ECONOMIC', '30240', true);
    const copied = await createFiscalYear(t.db, admin, 2031);
    const count = async (table: string, year: number) => (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE year = ${year}`))[0].n;
    expect(copied).toEqual({
      fromYear: 2027,
      functions: await count('function_subject', 2027),
      deptEconomic: await count('dept_econ_subject', 2027),
      govEconomic: await count('gov_econ_subject', 2027),
      mapping: await count('econ_mapping', 2027),
    });
    expect(await count('function_subject', 2031)).toBe(copied.functions);
    expect(await mappingRows(2031)).toEqual(await mappingRows(2027));
    expect((await listCatalogEntries(t.db, admin, 2031, 'FUNCTION', '2013897'))[0]).toMatchObject({ name: '测试更名事务' });
    expect((await listCatalogEntries(t.db, admin, 2031, 'DEPT_ECONOMIC', '30240'))[0]).toMatchObject({ retired: true });
    expect(await audits('fiscal-year.create')).toEqual([
      expect.objectContaining({ entity_id: '2031', after: expect.objectContaining({ catalogsCopied: copied }) }),
    ]);
    await setFiscalYearOpen(t.db, admin, 2031, false);
  });
});
