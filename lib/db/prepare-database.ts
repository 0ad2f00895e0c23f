import { createPrismaClient } from './client';
import { migrate } from './migrate';
import { isEmpty, seedDatabase } from '../../prisma/seed/seed-database';

/** Migrates the database and seeds the sample data when it is empty. */
export async function prepareDatabase(url: string, log: (m: string) => void = console.log): Promise<void> {
  await migrate(url, log);
  const db = createPrismaClient(url);
  try {
    if (await isEmpty(db)) {
      log('数据库为空，正在写入示例数据…');
      await seedDatabase(db);
      log('示例数据写入完成');
    }
  } finally {
    await db.$disconnect();
  }
}
