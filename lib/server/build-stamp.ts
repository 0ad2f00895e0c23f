import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// What a production build was made from: the commit (plus a digest of uncommitted changes) and the
// server-actions key baked into it. `npm run app` builds only when the stamp differs.

const STAMP = path.join('.next', 'BUILD_STAMP');

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

export function currentBuildStamp(serverActionsKey: string): string {
  const commit = git(['rev-parse', 'HEAD'])?.trim() ?? 'no-git';
  const changes = (git(['diff', 'HEAD', '--', '.', ':!*.md']) ?? '') + (git(['ls-files', '--others', '--exclude-standard']) ?? '');
  const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
  return `${commit}+${changes ? digest(changes) : 'clean'}+key-${digest(serverActionsKey)}`;
}

export function buildIsCurrent(stamp: string): boolean {
  return existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === stamp;
}

export function writeBuildStamp(stamp: string): void {
  writeFileSync(STAMP, `${stamp}\n`);
}
