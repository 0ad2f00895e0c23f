import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import type { ExportFormat } from '../document/public-links';
import { EXPORT_REVISION } from './export-files';

// Files of published versions never change, so each is generated once and kept in PostgreSQL (table
// export_file), where every instance of the app sees the same bytes; the ETag is their hash. Requests
// for a file being generated in this process share the one generation; two instances generating at once
// both write, and the first row wins (the other's bytes are discarded, its readers get the stored ones).

export interface StoredExport {
  body: Buffer;
  etag: string;
}

const inFlight = new Map<string, Promise<StoredExport>>();

function etagOf(sha256: string): string {
  return `"${sha256.slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or is *). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}

const key = (versionId: string, format: ExportFormat) => ({ versionId, format, revision: EXPORT_REVISION });

/** The ETag of a file already stored, without reading its content; null when not generated yet. */
export async function storedExportEtag(db: PrismaClient, versionId: string, format: ExportFormat): Promise<string | null> {
  const row = await db.exportFile.findUnique({ where: { versionId_format_revision: key(versionId, format) }, select: { sha256: true } });
  return row ? etagOf(row.sha256) : null;
}

export async function cachedExport(db: PrismaClient, versionId: string, format: ExportFormat, produce: () => Promise<Buffer>): Promise<StoredExport> {
  if (!/^[0-9a-f-]{36}$/.test(versionId)) throw new Error('版本编号无效');
  const id = `${versionId}.${format}`;
  const running = inFlight.get(id);
  if (running) return running;
  const job = (async (): Promise<StoredExport> => {
    const stored = await db.exportFile.findUnique({ where: { versionId_format_revision: key(versionId, format) }, select: { sha256: true, content: true } });
    if (stored) return { body: Buffer.from(stored.content), etag: etagOf(stored.sha256) };
    const body = await produce();
    const sha256 = createHash('sha256').update(body).digest('hex');
    await db.exportFile.createMany({ data: [{ ...key(versionId, format), sha256, content: new Uint8Array(body) }], skipDuplicates: true });
    const winner = await db.exportFile.findUniqueOrThrow({
      where: { versionId_format_revision: key(versionId, format) },
      select: { sha256: true, content: true },
    });
    return { body: Buffer.from(winner.content), etag: etagOf(winner.sha256) };
  })();
  inFlight.set(id, job);
  try {
    return await job;
  } finally {
    inFlight.delete(id);
  }
}
