import { describe, expect, it } from 'vitest';
import { BodyTooLarge, declaredTooLarge, readCappedBody, readCappedForm } from './read-capped-body';

const MB = 1024 * 1024;

/** A request-like object whose body yields `chunks` chunks of `size` bytes and records how many were pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(c) {
        if (pulled >= chunks) return c.close();
        pulled++;
        c.enqueue(new Uint8Array(size).fill(65));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { req: { headers: new Headers(headers), body }, pulled: () => pulled, cancelled: () => cancelled };
}

describe('readCappedBody', () => {
  it('returns a body under the cap whole', async () => {
    const s = streamed(3, 1000);
    const bytes = await readCappedBody(s.req, { maxBytes: 10_000, label: '附件' });
    expect(bytes.byteLength).toBe(3000);
  });

  it('refuses by Content-Length before reading anything', async () => {
    const s = streamed(300, MB, { 'content-length': String(300 * MB) });
    await expect(readCappedBody(s.req, { maxBytes: 10 * MB, label: 'Excel 文件' })).rejects.toThrow('文件过大：Excel 文件不能超过10 MB');
    expect(s.pulled()).toBe(0);
  });

  it('aborts the stream once the cap is passed when Content-Length is absent', async () => {
    const s = streamed(300, MB);
    const e = await readCappedBody(s.req, { maxBytes: 10 * MB, label: '附件' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BodyTooLarge);
    expect(s.pulled()).toBeLessThanOrEqual(12);
    expect(s.cancelled()).toBe(true);
  });

  it('aborts when Content-Length lies', async () => {
    const s = streamed(300, MB, { 'content-length': '100' });
    await expect(readCappedBody(s.req, { maxBytes: 10 * MB, label: '附件' })).rejects.toBeInstanceOf(BodyTooLarge);
    expect(s.pulled()).toBeLessThanOrEqual(12);
  });

  it('reads Content-Length only when it is a plain number', () => {
    expect(declaredTooLarge(new Headers({ 'content-length': '11' }), 10)).toBe(true);
    expect(declaredTooLarge(new Headers({ 'content-length': '10' }), 10)).toBe(false);
    expect(declaredTooLarge(new Headers({ 'content-length': 'x' }), 10)).toBe(false);
    expect(declaredTooLarge(new Headers(), 10)).toBe(false);
  });
});

describe('readCappedForm', () => {
  it('parses a multipart body under the cap', async () => {
    const fd = new FormData();
    fd.set('title', '说明');
    fd.set('file', new File([new Uint8Array(2000)], 'a.pdf'));
    const req = new Request('http://x/', { method: 'POST', body: fd });
    const form = await readCappedForm(req, { maxBytes: 10_000, label: '附件' });
    expect(form?.get('title')).toBe('说明');
    expect((form?.get('file') as File).size).toBe(2000);
  });

  it('names the file limit, not the multipart allowance, when refusing', async () => {
    const fd = new FormData();
    fd.set('file', new File([new Uint8Array(MB + 200 * 1024)], 'a.xlsx'));
    const req = new Request('http://x/', { method: 'POST', body: fd });
    await expect(readCappedForm(req, { maxBytes: MB, label: 'Excel 文件' })).rejects.toThrow('文件过大：Excel 文件不能超过1 MB');
  });

  it('answers null for a body that is not multipart', async () => {
    const req = new Request('http://x/', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(await readCappedForm(req, { maxBytes: 100, label: '附件' })).toBeNull();
  });
});
