import pg from 'pg';
import { createPrismaClient } from './client';
import { migrate } from './migrate';
import { isEmpty, seedDatabase } from '../../prisma/seed/seed-database';

const SEED_LOCK_KEY = 72707370; // next to the migration lock: instances starting together seed once

/**
 * Migrates the database and seeds the sample data when it is empty. Several instances may start at once:
 * migrations run under one advisory lock and the seed under another, so exactly one of them seeds; the seed
 * is one transaction, so a start that fails half-way leaves an empty database for the next one.
 */
export async function prepareDatabase(url: string, log: (m: string) => void = console.log): Promise<void> {
  await migrate(url, log);
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  const db = createPrismaClient(url);
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    if (await isEmpty(db)) {
      log('数据库为空，正在写入示例数据…');
      if (await seedDatabase(db)) log('示例数据写入完成');
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]).catch(() => {});
    await lock.end();
    await db.$disconnect();
  }
}
