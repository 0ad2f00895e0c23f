import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { prepareDatabase } from '../../lib/db/prepare-database';

const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-restart-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function count(url: string, sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql)).rows[0].n);
  } finally {
    await c.end();
  }
}

describe('the embedded database', () => {
  it('is created, migrated and seeded once, and keeps its data across a restart', async () => {
    const opts = { dataDir: path.join(dir, 'pg'), port: 59500 + Math.floor(Math.random() * 400), database: 'yusuantong', quiet: true };
    const first = await startEmbeddedPostgres(opts);
    await prepareDatabase(first.url, () => {});
    const c = new pg.Client({ connectionString: first.url });
    await c.connect();
    await c.query(`INSERT INTO fiscal_year (year, name) VALUES (2030, '2030年度')`);
    await c.end();
    const orgs = await count(first.url, `SELECT count(*) AS n FROM organization`);
    await first.stop();

    const second = await startEmbeddedPostgres(opts);
    try {
      await prepareDatabase(second.url, () => {}); // neither re-migrates nor re-seeds
      expect(await count(second.url, `SELECT count(*) AS n FROM fiscal_year WHERE year = 2030`)).toBe(1);
      expect(await count(second.url, `SELECT count(*) AS n FROM organization`)).toBe(orgs);
      expect(await count(second.url, `SELECT count(*) AS n FROM organization WHERE code = '029'`)).toBe(1);
    } finally {
      await second.stop();
    }
  });
});
