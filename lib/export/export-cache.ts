import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../document/public-links';
import { EXPORT_REVISION } from './render-export';

// Files of published versions never change, so each is generated once and kept on disk under
// .data/exports/<revision>/<versionId>.<format>. Concurrent requests for the same file share one
// generation.

const inFlight = new Map<string, Promise<Buffer>>();

function cacheDir(): string {
  return process.env.EXPORT_CACHE_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'exports');
}

export function exportEtag(versionId: string, format: ExportFormat): string {
  return `"${createHash('sha256').update(`${versionId}:${format}:${EXPORT_REVISION}`).digest('hex').slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or is *). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}

export async function cachedExport(versionId: string, format: ExportFormat, produce: () => Promise<Buffer>): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/.test(versionId)) throw new Error('版本编号无效');
  const file = path.join(/*turbopackIgnore: true*/ cacheDir(), EXPORT_REVISION, `${versionId}.${format}`);
  const running = inFlight.get(file);
  if (running) return running;
  const job = (async () => {
    try {
      return await readFile(/*turbopackIgnore: true*/ file);
    } catch {
      const body = await produce();
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, body);
      await rename(tmp, file);
      return body;
    }
  })();
  inFlight.set(file, job);
  try {
    return await job;
  } finally {
    inFlight.delete(file);
  }
}
