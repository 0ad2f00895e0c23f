import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { cachedExport, storedExportEtag } from '../../lib/export/export-cache';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';

// Two instances (two clients on one database) serve the bytes generated first, with the content hash as ETag.

let t: TestDatabase;
let other: PrismaClient;
let versionId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  other = createPrismaClient(t.url);
  versionId = (await t.db.budgetVersion.findFirstOrThrow({ where: { publishedAt: { not: null } } })).id;
});
afterAll(async () => {
  await other?.$disconnect();
  await t?.drop();
});

describe('exports stored in PostgreSQL', () => {
  it('generates once; every instance serves the stored bytes with their hash as ETag', async () => {
    expect(await storedExportEtag(t.db, versionId, 'pdf')).toBeNull();
    const [a, b] = await Promise.all([
      cachedExport(t.db, versionId, 'pdf', async () => Buffer.from('first instance')),
      cachedExport(other, versionId, 'pdf', async () => Buffer.from('second instance')),
    ]);
    expect(a.body.equals(b.body)).toBe(true);
    const again = await cachedExport(other, versionId, 'pdf', async () => {
      throw new Error('must not generate again');
    });
    expect(again.body.equals(a.body)).toBe(true);
    const hash = createHash('sha256').update(a.body).digest('hex');
    expect(a.etag).toBe(`"${hash.slice(0, 32)}"`);
    expect(await storedExportEtag(other, versionId, 'pdf')).toBe(a.etag);
  });
});
