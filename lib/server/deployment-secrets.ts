import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The secrets every instance of one deployment must share: next-auth's (sessions signed on one instance
// are read on another) and Next's server-actions key (baked into the build; action ids and encrypted
// closures depend on it). A real deployment (DATABASE_URL set) must give both; only the embedded
// default generates them, once, into .data/.

export interface DeploymentSecrets {
  NEXTAUTH_SECRET: string;
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string;
}

const REQUIRED: { name: keyof DeploymentSecrets; how: string }[] = [
  { name: 'NEXTAUTH_SECRET', how: 'openssl rand -base64 32' },
  { name: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', how: 'openssl rand -base64 32（构建和运行时须相同）' },
];

function localSecret(name: string, encoding: 'base64' | 'base64url'): string {
  const file = path.resolve('.data', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString(encoding);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The secrets from the environment; for the embedded default (no DATABASE_URL) generated when missing. */
export function deploymentSecrets(env: Record<string, string | undefined> = process.env): DeploymentSecrets {
  if (env.DATABASE_URL) {
    const missing = REQUIRED.filter((r) => !env[r.name]);
    if (missing.length > 0) {
      throw new Error(
        `使用外部数据库（已设置 DATABASE_URL）时必须设置 ${missing.map((m) => m.name).join('、')}，且所有实例取相同的值：` +
          missing.map((m) => `${m.name} 可用 ${m.how} 生成`).join('；'),
      );
    }
  }
  return {
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || localSecret('nextauth-secret', 'base64url'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || localSecret('server-actions-key', 'base64'),
  };
}

/** The embedded default's database password of the runtime role (generated once). */
export function embeddedRuntimePassword(): string {
  return localSecret('app-db-password', 'base64url');
}
