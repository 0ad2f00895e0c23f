// Reads a request body without ever holding more than a cap in memory: refused by its Content-Length
// header when that already says too much, otherwise read as a stream and aborted as soon as the bytes
// read pass the cap (a missing or lying Content-Length changes nothing).

export class BodyTooLarge extends Error {
  constructor(
    public readonly limitBytes: number,
    public readonly label: string,
  ) {
    super(`文件过大：${label}不能超过${formatMegabytes(limitBytes)}`);
    this.name = 'BodyTooLarge';
  }
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** True when the request's Content-Length header announces more than maxBytes. */
export function declaredTooLarge(headers: Headers, maxBytes: number): boolean {
  const raw = headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return false;
  return Number(raw.trim()) > maxBytes;
}

export interface CapOptions {
  /** Most bytes accepted. */
  maxBytes: number;
  /** What the limit is about, in the message: “Excel 文件”, “附件”. */
  label: string;
}

/** The whole body as bytes, or BodyTooLarge once more than maxBytes arrive; the stream is cancelled then. */
export async function readCappedBody(req: Pick<Request, 'headers' | 'body'>, opts: CapOptions): Promise<Uint8Array<ArrayBuffer>> {
  // Nothing is read: the server discards the unread rest once the refusal is answered.
  if (declaredTooLarge(req.headers, opts.maxBytes)) throw new BodyTooLarge(opts.maxBytes, opts.label);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > opts.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(opts.maxBytes, opts.label);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Multipart form fields read from a capped body: the cap covers the file plus this much for boundaries and fields. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Parses a capped multipart/form-data body; a body that is not one answers null. */
export async function readCappedForm(req: Pick<Request, 'headers' | 'body'>, opts: CapOptions): Promise<FormData | null> {
  const bytes = await readCappedBody(req, { ...opts, maxBytes: opts.maxBytes + MULTIPART_OVERHEAD_BYTES }).catch((e: unknown) => {
    throw e instanceof BodyTooLarge ? new BodyTooLarge(opts.maxBytes, opts.label) : e;
  });
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) return null;
  try {
    return await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    return null;
  }
}
