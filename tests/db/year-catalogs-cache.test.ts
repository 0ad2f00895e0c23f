import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { loadYearCatalogs, loadYearCatalogsWithRetired } from '../../lib/data/budget/year-catalogs';

let t: TestDatabase;
let other: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  other = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  await other?.drop();
});

const nameOf = async (db: TestDatabase['db'], code: string) => (await loadYearCatalogs(db, 2026)).functions.find((e) => e.code === code)?.name;

describe('the in-process catalogue cache', () => {
  it('serves the same frozen copy while no catalogue changed', async () => {
    const first = await loadYearCatalogs(t.db, 2026);
    const again = await loadYearCatalogs(t.db, 2026);
    expect(again).toBe(first);
    expect(first.functions.length).toBeGreaterThan(100);
    expect(Object.isFrozen(first.functions)).toBe(true);
    expect(first.functions.map((e) => e.code)).toEqual([...first.functions.map((e) => e.code)].sort());
  });

  it('reloads after a change made by another connection (another app instance)', async () => {
    await loadYearCatalogs(t.db, 2026);
    await t.query(`UPDATE function_subject SET name = '改名后的科目' WHERE year = 2026 AND code = '2013801'`);
    expect(await nameOf(t.db, '2013801')).toBe('改名后的科目');
    await t.query(
      `DELETE FROM function_subject WHERE year = 2026 AND code = '2013899' AND NOT EXISTS (SELECT 1 FROM expenditure_line WHERE function_code = '2013899')`,
    );
    const codes = (await loadYearCatalogs(t.db, 2026)).functions.map((e) => e.code);
    const stillThere = (await t.query(`SELECT 1 FROM function_subject WHERE year = 2026 AND code = '2013899'`)).length > 0;
    expect(codes.includes('2013899')).toBe(stillThere);
  });

  it('never serves a rolled-back change, nor one database’s copy for another', async () => {
    const before = await nameOf(t.db, '2013802');
    await t.db
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE function_subject SET name = '回滚的名称' WHERE year = 2026 AND code = '2013802'`;
        expect((await loadYearCatalogs(tx, 2026)).functions.find((e) => e.code === '2013802')?.name).toBe('回滚的名称');
        throw new Error('rollback');
      })
      .catch(() => {});
    await t.query(`UPDATE gov_econ_subject SET name = name WHERE year = 2026 AND code = '50101'`); // a later change
    expect(await nameOf(t.db, '2013802')).toBe(before);
    expect(await nameOf(other.db, '2013801')).not.toBe('改名后的科目');
  });

  it('carries the 经济分类对照表 and reloads when a mapping row changes', async () => {
    const mappingOf = async () => (await loadYearCatalogs(t.db, 2026)).econMapping?.find((m) => m.deptCode === '30101');
    expect(await mappingOf()).toEqual({ deptCode: '30101', govCodeAdmin: '50101', govCodeInstitution: '50501' });
    await t.query(`UPDATE econ_mapping SET gov_code_admin = '50102' WHERE year = 2026 AND dept_code = '30101'`);
    expect((await mappingOf())?.govCodeAdmin).toBe('50102');
  });

  it('carries the retired codes as the subject tables hold them, and reloads when a code is retired or restored', async () => {
    // Read straight from the three subject tables, apart from the cache's own statement.
    const inTables = async () => {
      const args = { where: { year: 2026, retiredAt: { not: null } }, select: { code: true } };
      const rows = [
        ...(await t.db.functionSubject.findMany(args)),
        ...(await t.db.deptEconSubject.findMany(args)),
        ...(await t.db.govEconSubject.findMany(args)),
      ];
      return rows.map((r) => r.code).sort();
    };
    const retired = async () => (await loadYearCatalogsWithRetired(t.db, 2026)).retiredCodes;
    expect(await retired()).toEqual(await inTables());
    const { functions, deptEconomic } = await loadYearCatalogs(t.db, 2026);
    const [fn, dept] = [functions.at(-1)!.code, deptEconomic.at(-1)!.code];
    expect(await retired()).not.toContain(dept);
    await t.query(`UPDATE dept_econ_subject SET retired_at = now() WHERE year = 2026 AND code = '${dept}'`);
    await t.query(`UPDATE function_subject SET retired_at = now() WHERE year = 2026 AND code = '${fn}'`);
    expect(await retired()).toEqual(expect.arrayContaining([fn, dept]));
    expect(await retired()).toEqual(await inTables());
    await t.query(`UPDATE dept_econ_subject SET retired_at = NULL WHERE year = 2026 AND code = '${dept}'`);
    expect(await retired()).not.toContain(dept);
    expect(await retired()).toEqual(await inTables());
  });
});
