import { databaseAnswers, startEmbeddedPostgres } from './embedded';
import { prepareDatabase } from './prepare-database';

const EMBEDDED_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/yusuantong`;

/**
 * For command-line tools: DATABASE_URL if set; else the embedded database of a running app;
 * else the embedded database started for the duration of `fn` (migrated and seeded like the app's).
 */
export async function withCliDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  if (await databaseAnswers(EMBEDDED_URL, 1500)) return fn(EMBEDDED_URL);
  const db = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/pg',
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'yusuantong',
    quiet: true,
  });
  try {
    await prepareDatabase(db.url, () => {});
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
