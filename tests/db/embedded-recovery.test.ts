import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDb } from '../../lib/db/embedded';
import { migrate } from '../../lib/db/migrate';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';

// The embedded server is killed outright: the supervisor starts it again and the app's client
// reconnects by itself, without restarting the app.

const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-recover-'));
chmodSync(dir, 0o755);
let server: EmbeddedDb | null = null;
let db: PrismaClient | null = null;
afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function eventually<T>(what: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await what();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

describe('recovery after the database dies', () => {
  it('restarts the killed embedded server and the client answers again', async () => {
    const dataDir = path.join(dir, 'pg');
    server = await startEmbeddedPostgres({ dataDir, port: 59100 + Math.floor(Math.random() * 400), database: 'yusuantong', quiet: true });
    await migrate(server.url);
    const restarts: string[] = [];
    server.supervise((m) => restarts.push(m));
    db = createPrismaClient(server.url);
    expect(await db.fiscalYear.count()).toBe(0);

    const postmaster = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const killed = postmaster();
    process.kill(killed, 'SIGKILL');

    // A new server process (the supervisor's), and the same client answering through it.
    await eventually(async () => {
      if (postmaster() === killed) throw new Error('still the killed server');
    }, 40_000);
    expect(await eventually(() => db!.fiscalYear.count(), 40_000)).toBe(0);
    expect(restarts.some((m) => m.includes('已重新启动'))).toBe(true);
  }, 90_000);
});
