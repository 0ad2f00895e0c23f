// One command to run 预算通: with no DATABASE_URL it starts the embedded PostgreSQL (data in .data/pg),
// migrates and seeds it, then runs Next.js; Ctrl-C stops both cleanly.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDb } from '../lib/db/embedded';
import { prepareDatabase } from '../lib/db/prepare-database';
import { assertRuntimeRole, ensureRuntimeRole, grantToUrlRole } from '../lib/db/runtime-role';
import { startFailureText } from '../lib/db/describe-start-error';
import { buildIsCurrent, currentBuildStamp } from '../lib/server/build-stamp';
import { deploymentSecrets, embeddedRuntimePassword } from '../lib/server/deployment-secrets';
import { buildApp } from './build-app';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const port = process.env.PORT ?? '3000';
const dataDir = process.env.EMBEDDED_PG_DIR ?? '.data/pg';
const pgPort = process.env.EMBEDDED_PG_PORT ?? '54329';

/**
 * The database: the embedded server (supervised) with its owner for migrations and a runtime role for the
 * app, or DATABASE_URL (the runtime role) with MIGRATION_DATABASE_URL (the owner) when given.
 */
async function openDatabase(): Promise<{ appUrl: string; embedded: EmbeddedDb | null }> {
  if (!process.env.DATABASE_URL) {
    if (args.has('--fresh-data')) rmSync(dataDir, { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres({ dataDir, port: Number(pgPort), database: 'yusuantong', quiet: true });
    console.log(`内置 PostgreSQL 已启动：${embedded.url.replace(/:[^:@]*@/, ':***@')}`);
    await prepareDatabase(embedded.url);
    const appUrl = await ensureRuntimeRole(embedded.url, embeddedRuntimePassword());
    embedded.supervise((m) => console.log(m));
    return { appUrl, embedded };
  }
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.MIGRATION_DATABASE_URL || appUrl;
  await prepareDatabase(ownerUrl);
  if (ownerUrl !== appUrl) await grantToUrlRole(ownerUrl, appUrl);
  return { appUrl, embedded: null };
}

async function main() {
  const secrets = deploymentSecrets();
  const { appUrl: url, embedded } = await openDatabase();
  await assertRuntimeRole(url);
  if (!dev && !buildIsCurrent(currentBuildStamp(secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY))) {
    console.log('没有当前代码的构建，正在构建应用…');
    buildApp();
  }
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // A direct child process (no npx/sh in between), so a signal to it reaches the server: Next's dev CLI,
  // or scripts/serve-next.ts, which sets the client address the sign-in throttle relies on.
  const command = dev ? [path.resolve('node_modules/next/dist/bin/next'), 'dev', '-p', port] : ['--import', 'tsx', path.resolve('scripts/serve-next.ts')];
  const child = spawn(process.execPath, command, { stdio: 'inherit', env: { ...env, PORT: port } });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM');
    await embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
  console.log(`预算通已启动：http://localhost:${port}`);
}

main().catch((e) => {
  console.error(startFailureText(e, { port, pgPort: process.env.DATABASE_URL ? undefined : pgPort, dataDir: process.env.DATABASE_URL ? undefined : dataDir }));
  process.exit(1);
});
