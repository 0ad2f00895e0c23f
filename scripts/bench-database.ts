// A fresh embedded PostgreSQL with the migrations and the seed, for a benchmark run. A start on a
// heavily loaded machine can still fail (the seed is one transaction, so nothing half-written stays): then it starts over, up to
// three times.
import { rmSync } from 'node:fs';
import { startEmbeddedPostgres, type EmbeddedDb } from '../lib/db/embedded';
import { prepareDatabase } from '../lib/db/prepare-database';

export async function seededBenchDatabase(dataDir: string, port: number): Promise<EmbeddedDb> {
  for (let attempt = 1; ; attempt++) {
    rmSync(dataDir, { recursive: true, force: true });
    const db = await startEmbeddedPostgres({ dataDir, port, database: 'yusuantong', quiet: true });
    try {
      await prepareDatabase(db.url, () => undefined);
      return db;
    } catch (e) {
      await db.stop();
      if (attempt >= 3) throw e;
      console.log(`写入示例数据失败（第 ${attempt} 次，${e instanceof Error ? e.message.split('\n').at(-1) : String(e)}），重试`);
    }
  }
}
