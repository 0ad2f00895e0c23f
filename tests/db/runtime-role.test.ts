import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { assertRuntimeRole, ensureRuntimeRole } from '../../lib/db/runtime-role';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { submitBudget } from '../../lib/data/workflow/submit-budget';

// The app's database role: everything the app does works, nothing that rewrites history does.

let t: TestDatabase;
let appUrl: string;
let app: pg.Client;
let appDb: PrismaClient;
const role = `app_${randomBytes(4).toString('hex')}`; // roles are per server; one per test run

beforeAll(async () => {
  t = await createTestDatabase();
  appUrl = await ensureRuntimeRole(t.url, 'Runtime-Passw0rd', role);
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  appDb = createPrismaClient(appUrl);
});
afterAll(async () => {
  await app?.end();
  await appDb?.$disconnect();
  await t?.drop();
});

describe('the runtime role', () => {
  it('is no superuser and passes the start-up check, which refuses the owner', async () => {
    const { rows } = await app.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(rows[0].rolsuper).toBe(false);
    await expect(assertRuntimeRole(appUrl)).resolves.toBeUndefined();
    await expect(assertRuntimeRole(t.url)).rejects.toThrow(/超级用户/);
  });

  it('cannot turn off the triggers or rewrite the audit trail and published versions', async () => {
    await expect(app.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(app.query('ALTER TABLE budget_version DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
    await expect(app.query(`UPDATE audit_log SET actor_name = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(app.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM budget_version')).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE budget_version SET document = '{}'::jsonb`)).rejects.toThrow(/不能修改/);
    await expect(app.query('SELECT * FROM _prisma_migrations')).rejects.toThrow(/permission denied/);
  });

  it('does the app’s work: a submission freezes a version and appends its audit record', async () => {
    const budgetId = await budgetIdOf(appDb, '901001');
    expect(await submitBudget(appDb, await sessionUser(appDb, 'kuaiji901001'), budgetId)).toEqual({ versionNo: 1 });
    expect(await appDb.auditLog.count({ where: { budgetId, action: 'budget.submit' } })).toBe(1);
  });
});
