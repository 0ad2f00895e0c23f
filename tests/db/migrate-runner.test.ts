import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { NO_TRANSACTION_MARKER, migrate, migrationsDir } from '../../lib/db/migrate';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
  dir = mkdtempSync(path.join(os.tmpdir(), 'yst-migrations-'));
  cpSync(migrationsDir(), dir, { recursive: true });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t?.drop();
});

describe('the migration runner', () => {
  it('runs a migration marked no-transaction outside a transaction (CREATE INDEX CONCURRENTLY)', async () => {
    mkdirSync(path.join(dir, '29991231000000_concurrent_index'));
    writeFileSync(
      path.join(dir, '29991231000000_concurrent_index', 'migration.sql'),
      `${NO_TRANSACTION_MARKER}\nCREATE INDEX CONCURRENTLY "audit_log_action_test_idx" ON "audit_log"("action");\n`,
    );
    expect(await migrate(t.url, () => {}, dir)).toEqual(['29991231000000_concurrent_index']);
    const rows = await t.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'audit_log_action_test_idx'`);
    expect(rows).toHaveLength(1);
  });

  it('refuses a database that has applied a migration this program does not have', async () => {
    // The database now has 29991231000000_concurrent_index; the shipped folder does not.
    await expect(migrate(t.url)).rejects.toThrow(/数据库已应用了本程序没有的迁移 29991231000000_concurrent_index/);
  });
});
