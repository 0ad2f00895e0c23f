import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

// Applies prisma/migrations/*/migration.sql in name order and records each in _prisma_migrations
// exactly as Prisma Migrate does (checksum = sha256 hex of the file), so `prisma migrate status`
// agrees with it on a machine that has Prisma's schema engine.

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
const LOCK_KEY = 72707369; // same advisory lock id Prisma Migrate uses

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(): string {
  return path.resolve(process.cwd(), 'prisma/migrations');
}

export function listMigrations(dir = migrationsDir()): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies pending migrations; returns the names applied. Refuses to run if an applied file changed. */
export async function migrate(databaseUrl: string, log: (m: string) => void = () => {}, dir = migrationsDir()): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const files = listMigrations(dir);
    const unknown = [...applied.keys()].filter((name) => !files.some((f) => f.name === name));
    if (unknown.length > 0) {
      throw new Error(`数据库已应用了本程序没有的迁移 ${unknown.join('、')}：请使用包含这些迁移的版本，不要用旧版本连接新数据库`);
    }
    const done: string[] = [];
    for (const m of files) {
      const prior = applied.get(m.name);
      if (prior) {
        if (!prior.finished_at) throw new Error(`迁移 ${m.name} 上次执行未完成，请检查数据库后重试`);
        if (prior.checksum !== m.checksum) throw new Error(`迁移 ${m.name} 在应用后被修改（校验和不一致）`);
        continue;
      }
      const id = randomUUID();
      if (runsOutsideTransaction(m.sql)) {
        await applyOutsideTransaction(client, id, m);
        log(`已应用迁移 ${m.name}（事务外执行）`);
        done.push(m.name);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [id, m.checksum, m.name]);
        await client.query(m.sql);
        await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`迁移 ${m.name} 执行失败：${(e as Error).message}`);
      }
      log(`已应用迁移 ${m.name}`);
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** A migration whose first line is this marker runs statement by statement outside a transaction (e.g. CREATE INDEX CONCURRENTLY). */
export const NO_TRANSACTION_MARKER = '-- migrate:no-transaction';

function runsOutsideTransaction(sql: string): boolean {
  return sql.trimStart().startsWith(NO_TRANSACTION_MARKER);
}

async function applyOutsideTransaction(client: pg.Client, id: string, m: MigrationFile): Promise<void> {
  await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [id, m.checksum, m.name]);
  try {
    await client.query(m.sql);
  } catch (e) {
    // Left unfinished on purpose: the next run refuses until someone has looked at the database.
    throw new Error(`迁移 ${m.name}（事务外执行）失败，数据库可能处于部分应用状态：${(e as Error).message}`);
  }
  await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
}
