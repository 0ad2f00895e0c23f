import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { importCatalogFile } from '../../lib/catalog/import-catalog-file';

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

  it('keeps codes that budget lines still use when a new file leaves them out', async () => {
    const file = csv('partial.csv', [
      ['201', '一般公共服务支出', '类'],
      ['20138', '市场监督管理事务', '款'],
      ['2013801', '行政运行', '项'],
    ]);
    const r = await importCatalogFile(t.db, actor, 2026, 'FUNCTION', file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.keptInUse).toContain('2013899');
    const used = await t.query(`SELECT 1 FROM function_subject WHERE year = 2026 AND code = '2013899'`);
    expect(used.length).toBe(1);
  });
});
