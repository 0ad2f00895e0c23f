import 'server-only';
import { createHash } from 'node:crypto';

// A response body made once and served as the same bytes, with its content hash as ETag. It is not
// compressed here: Next.js drops a route handler's Content-Encoding header (next/dist/server/
// send-response.js, FORBIDDEN_HEADERS) and gzips the response itself when the client accepts it.

export interface EtagBody {
  raw: Buffer;
  /** A strong ETag: the first 32 hex digits of the body's SHA-256, quoted. */
  etag: string;
}

export function etagBody(text: string | Buffer): EtagBody {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { raw, etag: `"${createHash('sha256').update(raw).digest('hex').slice(0, 32)}"` };
}

function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}

/** 304 when the request already holds this body (status 200 only), else the body. */
export function etagResponse(request: Request, body: EtagBody, headers: Record<string, string>, status = 200): Response {
  const common = { ...headers, ETag: body.etag };
  if (status === 200 && etagMatches(request.headers.get('if-none-match'), body.etag)) return new Response(null, { status: 304, headers: common });
  return new Response(new Uint8Array(body.raw), { status, headers: { ...common, 'Content-Length': String(body.raw.length) } });
}
