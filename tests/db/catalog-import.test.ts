import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { importCatalogFile, previewCatalogFile } from '../../lib/catalog/import-catalog-file';
import { describeCatalogPlan } from '../../lib/catalog/plan-catalog-import';
import { AppError } from '../../lib/errors/app-error';

const actor = { id: null, name: '测试' };
let t: TestDatabase;
const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-catalog-'));

function csv(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  writeFileSync(file, ['编码,名称,级次', ...rows.map((r) => r.join(','))].join('\n'));
  return file;
}

async function snapshot() {
  return t.query(`SELECT code, name, parent_code FROM function_subject WHERE year = 2026 ORDER BY code`);
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('catalogue import', () => {
  it('rejects a file with a broken hierarchy, names the bad rows and changes nothing', async () => {
    const before = await snapshot();
    const auditBefore = await t.query(`SELECT count(*)::int AS n FROM audit_log`);
    const file = csv('broken.csv', [
      ['201', '一般公共服务支出', '类'],
      ['20138', '市场监督管理事务', '款'],
      ['2013801', '行政运行', '项'],
      ['2019901', '其他一般公共服务支出', '项'], // row 5: 款 20199 missing
      ['2080501', '行政单位离退休', '项'], // row 6: 款 20805 and 类 208 missing
    ]);
    const r = await importCatalogFile(t.db, actor, 2026, 'FUNCTION', file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.rowNumber)).toEqual([5, 6]);
    expect(r.errors[0].message).toContain('第5行');
    expect(r.errors[0].message).toContain('20199');
    expect(await snapshot()).toEqual(before);
    expect(await t.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(auditBefore);
  });

  it('imports a valid file for a new year with its audit record', async () => {
    const file = csv('ok.csv', [
      ['201', '一般公共服务支出', '类'],
      ['20138', '市场监督管理事务', '款'],
      ['2013801', '行政运行', '项'],
    ]);
    await t.db.fiscalYear.create({ data: { year: 2028, name: '2028年度' } });
    const r = await importCatalogFile(t.db, actor, 2028, 'FUNCTION', file);
    expect(r).toEqual({ ok: true, result: { inserted: 3, renamed: 0, unchanged: 0, removed: 0, keptInUse: [] } });
    const rows = await t.query(`SELECT code, parent_code FROM function_subject WHERE year = 2028 ORDER BY code`);
    expect(rows).toEqual([
      { code: '201', parent_code: null },
      { code: '20138', parent_code: '201' },
      { code: '2013801', parent_code: '20138' },
    ]);
    const audit = await t.query(`SELECT actor_name, action FROM audit_log WHERE action = 'catalog.import' AND entity_id = '2028'`);
    expect(audit).toEqual([{ actor_name: '测试', action: 'catalog.import' }]);
  });

  it('refuses a file that leaves out codes budget lines use, listing them, and changes nothing', async () => {
    const file = csv('partial.csv', [
      ['201', '一般公共服务支出', '类'],
      ['20138', '市场监督管理事务', '款'],
      ['2013801', '行政运行', '项'],
    ]);
    const before = await snapshot();
    const e = await importCatalogFile(t.db, actor, 2026, 'FUNCTION', file, { confirmRemovals: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toContain('仍被支出明细使用的科目，不能删除');
    expect((e as AppError).message).toContain('2013899');
    expect(await snapshot()).toEqual(before);
  });

  it('previews additions, renames and removals, and removes only when confirmed with the plan shown', async () => {
    const codes = await t.query<{ code: string; name: string }>(`SELECT code, name FROM function_subject WHERE year = 2027 ORDER BY code`);
    const total = codes.length;
    expect(total).toBeGreaterThan(100);
    const unused = codes
      .filter((c) => c.code.length === 7 && !c.code.startsWith('20138'))
      .slice(0, 2)
      .map((c) => c.code);
    const rows = codes.filter((c) => !unused.includes(c.code)).map((c) => [c.code, c.code === '201' ? '一般公共服务支出（新）' : c.name, '']);
    const file = csv('2027.csv', [...rows, ['2013898', '新增项目科目', '项']]);

    const preview = await previewCatalogFile(t.db, 2027, 'FUNCTION', file);
    if (!preview.ok) throw new Error('file should be valid');
    const plan = preview.plan;
    expect(plan.added).toEqual([{ code: '2013898', name: '新增项目科目' }]);
    expect(plan.renamed).toEqual([{ code: '201', from: codes.find((c) => c.code === '201')!.name, to: '一般公共服务支出（新）' }]);
    expect(plan.removed.map((r) => r.code)).toEqual(unused);
    expect(describeCatalogPlan(plan)[0]).toBe(`2027年支出功能分类：新增 1 条，更名 1 条，删除 2 条，未变 ${total - 3} 条`);

    const before = await t.query(`SELECT code, name FROM function_subject WHERE year = 2027 ORDER BY code`);
    const unconfirmed = await importCatalogFile(t.db, actor, 2027, 'FUNCTION', file).catch((x: unknown) => x);
    expect((unconfirmed as AppError).message).toContain('本次导入将删除 2 个科目，须先预览并确认');
    const stale = await importCatalogFile(t.db, actor, 2027, 'FUNCTION', file, { confirmRemovals: true, expectDigest: 'x' }).catch((x: unknown) => x);
    expect((stale as AppError).code).toBe('CONFLICT');
    expect(await t.query(`SELECT code, name FROM function_subject WHERE year = 2027 ORDER BY code`)).toEqual(before);

    const r = await importCatalogFile(t.db, actor, 2027, 'FUNCTION', file, { confirmRemovals: true, expectDigest: plan.digest });
    expect(r).toEqual({ ok: true, result: { inserted: 1, renamed: 1, unchanged: total - 3, removed: 2, keptInUse: [] } });
    expect(await t.query(`SELECT count(*)::int AS n FROM function_subject WHERE year = 2027`)).toEqual([{ n: total - 1 }]);
  });
});
