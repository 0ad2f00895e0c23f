import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// A second app instance on the e2e run's database, as a deployment of N instances runs them: the same
// build, the same database (as the runtime role), the same shared secrets.

export const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export async function startSecondInstance(): Promise<ChildProcess> {
  const secret = (name: string) => readFileSync(path.resolve('.data', name), 'utf8').trim();
  const pgPort = process.env.E2E_PG_PORT ?? '54339';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-next.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(SECOND_PORT),
      DATABASE_URL: `postgresql://yusuantong_app:${encodeURIComponent(secret('app-db-password'))}@127.0.0.1:${pgPort}/yusuantong`,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      NEXTAUTH_URL: `http://localhost:${SECOND_PORT}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secret('server-actions-key'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${SECOND_PORT}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('第二个实例未能启动');
}
