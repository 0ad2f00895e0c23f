// npm run build: the production build with the deployment's server-actions key, stamped with the commit it
// was built from, so `npm run app` (and every instance) reuses it instead of building again.
import { spawnSync } from 'node:child_process';
import { currentBuildStamp, writeBuildStamp } from '../lib/server/build-stamp';
import { deploymentSecrets } from '../lib/server/deployment-secrets';

export function buildApp(): void {
  const secrets = deploymentSecrets();
  const stamp = currentBuildStamp(secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...secrets, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build 失败（退出码 ${r.status ?? r.signal}）`);
  writeBuildStamp(stamp);
}

if (process.argv[1]?.endsWith('build-app.ts')) {
  try {
    buildApp();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
