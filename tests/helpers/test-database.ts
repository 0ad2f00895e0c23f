import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { seedDatabase } from '../../prisma/seed/seed-database';

export interface TestDatabase {
  url: string;
  db: PrismaClient;
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database on the shared test server; seeded with the sample data unless told not to. */
export async function createTestDatabase(opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = inject('dbServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  const db = createPrismaClient(url);
  if (opts.seed !== false) await seedDatabase(db);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    db,
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async drop() {
      await db.$disconnect();
      await pool.end();
      const c = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
