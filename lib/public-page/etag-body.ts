import 'server-only';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// A response body made once and served as the same bytes, with its content hash as ETag. A route handler
// sends it as it is: Next.js drops a route handler's Content-Encoding header (next/dist/server/
// send-response.js, FORBIDDEN_HEADERS) and gzips the response itself when the client accepts it. The
// production server (scripts/serve-next.ts) sends the public page itself, compressed once per body.

export interface EtagBody {
  raw: Buffer;
  /** A strong ETag: the first 32 hex digits of the body's SHA-256, quoted. */
  etag: string;
}

export type BodyEncoding = 'br' | 'gzip';

const compressed = new WeakMap<EtagBody, Partial<Record<BodyEncoding, Buffer>>>();

/** The body compressed with the encoding, made on first use and kept with the body. */
export function encodedBody(body: EtagBody, encoding: BodyEncoding): Buffer {
  const kept = compressed.get(body) ?? {};
  compressed.set(body, kept);
  kept[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(body.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.raw.length } })
      : gzipSync(body.raw, { level: 9 });
  return kept[encoding];
}

/** The best encoding an Accept-Encoding header allows (brotli first), or null for the body as it is. */
export function acceptedEncoding(acceptEncoding: string | undefined | null): BodyEncoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allowed = (e: BodyEncoding) => (accepted.get(e) ?? (accepted.has('*') ? accepted.get('*')! : 0)) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : null;
}

export function etagBody(text: string | Buffer): EtagBody {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { raw, etag: `"${createHash('sha256').update(raw).digest('hex').slice(0, 32)}"` };
}

export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
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
