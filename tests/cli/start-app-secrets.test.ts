import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deploymentSecrets } from '../../lib/server/deployment-secrets';

describe('a real deployment must bring its shared secrets', () => {
  it('refuses DATABASE_URL without NEXTAUTH_SECRET or the server-actions key, naming both', () => {
    expect(() => deploymentSecrets({ DATABASE_URL: 'postgresql://app@db/yusuantong' })).toThrow(/必须设置 NEXTAUTH_SECRET、NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    expect(() => deploymentSecrets({ DATABASE_URL: 'postgresql://app@db/yusuantong', NEXTAUTH_SECRET: 's' })).toThrow(
      /必须设置 NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/,
    );
    expect(deploymentSecrets({ DATABASE_URL: 'x', NEXTAUTH_SECRET: 'a', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'b' })).toEqual({
      NEXTAUTH_SECRET: 'a',
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'b',
    });
  });

  it('npm run app with DATABASE_URL and no NEXTAUTH_SECRET exits with the Chinese message before touching the database', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'postgresql://app:x@127.0.0.1:1/yusuantong', CI: 'true' };
    delete env.NEXTAUTH_SECRET;
    delete env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
    const r = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/start-app.ts'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('使用外部数据库（已设置 DATABASE_URL）时必须设置 NEXTAUTH_SECRET');
  });
});
