import 'server-only';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

// A response body kept ready in every encoding a browser asks for, with its content hash as ETag:
// compressed once when it is made, never per request.

export interface CompressedBody {
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** A strong ETag: the first 32 hex digits of the raw body's SHA-256, quoted. */
  etag: string;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export async function compressBody(text: string | Buffer): Promise<CompressedBody> {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const [br, gzipped] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gz(raw, { level: 9 }),
  ]);
  return { raw, br, gzip: gzipped, etag: `"${createHash('sha256').update(raw).digest('hex').slice(0, 32)}"` };
}

/** The best encoding the request accepts: br, then gzip, else none (a coding with q=0 is refused). */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === etag;
  });
}

/** 304 when the request already holds this body (status 200 only), else the body in the best accepted encoding. */
export function compressedResponse(request: Request, body: CompressedBody, headers: Record<string, string>, status = 200): Response {
  const common = { ...headers, ETag: body.etag, Vary: 'Accept-Encoding' };
  if (status === 200 && etagMatches(request.headers.get('if-none-match'), body.etag)) return new Response(null, { status: 304, headers: common });
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  const bytes = encoding ? body[encoding] : body.raw;
  return new Response(new Uint8Array(bytes), {
    status,
    headers: { ...common, 'Content-Length': String(bytes.length), ...(encoding ? { 'Content-Encoding': encoding } : {}) },
  });
}
