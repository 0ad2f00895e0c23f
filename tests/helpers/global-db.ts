import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../lib/db/embedded';

// One throw-away embedded PostgreSQL for the whole test run; each test file creates its own database.
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_SERVER_URL) {
    project.provide('dbServerUrl', process.env.TEST_DATABASE_SERVER_URL);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-test-pg-'));
  chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
  const port = 55000 + Math.floor(Math.random() * 4000);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: 'postgres', quiet: true });
  project.provide('dbServerUrl', db.url);
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbServerUrl: string;
  }
}
