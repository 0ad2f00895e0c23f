import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '../db/client';
import { acceptedEncoding, encodedBody, etagMatches } from './etag-body';
import { publicPageAddress } from './public-page-address';
import { PUBLICATION_STAMP_SQL, STAMP_GAP_MS, freshReading } from './publication-stamp';
import { publicPageAnswer } from './serve-public-page';

// The production server (scripts/serve-next.ts) answers the public document page itself, before Next.js:
// the same answer as the route handler (publicPageAnswer), sent as kept bytes, brotli- or gzip-compressed
// once per body as the reader accepts. Every other request, and this one on any failure, goes to Next.js.

// A client of its own: this module is loaded by the server script, outside Next.js's bundle, and errors of
// one generated client are not instances of the other's classes. The stamp, read before every answer, goes
// over one plain connection: the cheapest query there is, one at a time (freshReading), at most 250 ms old.
function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL 未设置');
  return url;
}
let client: PrismaClient | null = null;
const db = () => (client ??= createPrismaClient(databaseUrl()));

let pool: pg.Pool | null = null;
function stampPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: databaseUrl(), max: 1 });
    pool.on('error', (e) => console.error('公开文件页的发布戳连接出错', e));
  }
  return pool;
}
// A publication (on any instance) shows here within this long; the route handler (next start, tests)
// always reads after the request.
const STAMP_MAX_AGE_MS = 250;
const readStamp = freshReading(
  async () => (await stampPool().query<{ stamp: string }>({ name: 'publication-stamp', text: PUBLICATION_STAMP_SQL })).rows[0].stamp,
  { minGapMs: STAMP_GAP_MS, maxAgeMs: STAMP_MAX_AGE_MS },
);

/** True when the request was the public page's and has been answered. */
export async function sendPublicPage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const address = publicPageAddress((req.url ?? '').split('?')[0]);
  if (!address) return false;
  const { status, body, headers } = await publicPageAnswer(db(), address, readStamp);
  res.setHeader('ETag', body.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (status === 200 && etagMatches(req.headers['if-none-match'] ?? null, body.etag)) {
    res.writeHead(304).end();
    return true;
  }
  const encoding = acceptedEncoding(req.headers['accept-encoding']);
  const bytes = encoding ? encodedBody(body, encoding) : body.raw;
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(bytes.length));
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}
