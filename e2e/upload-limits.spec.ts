import http from 'node:http';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Uploads are refused before their body is buffered: a user without the edit right gets 403 without the
// server reading the body; an allowed user's oversized body answers 413, also when Content-Length is absent.

const MB = 1024 * 1024;
const BIG = Buffer.alloc(30 * MB, 0x41);
const CHINESE = /[\u4e00-\u9fff]/;
const ROUTES = [
  { path: 'excel', label: 'Excel 文件', name: '导入.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { path: 'attachments', label: '附件', name: '附件.pdf', mimeType: 'application/pdf' },
] as const;

async function signedIn(baseURL: string | undefined, who: { username: string; password: string }): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  await signIn(ctx, who);
  return ctx;
}

async function post30Mb(ctx: APIRequestContext, url: string, r: (typeof ROUTES)[number]) {
  const res = await ctx.post(url, {
    multipart: { expectedVersion: '1', title: '大文件', file: { name: r.name, mimeType: r.mimeType, buffer: BIG } },
    timeout: 120_000,
  });
  return { status: res.status(), body: (await res.json()) as { error?: string } };
}

/** A chunked POST (no Content-Length) of `bytes` bytes with the context's session cookie; resolves with the answer. */
async function postChunked(baseURL: string, cookie: string, path: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, baseURL), { method: 'POST', headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    let sent = 0;
    const chunk = Buffer.alloc(MB, 0x41);
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n');
    pump();
  });
}

for (const r of ROUTES) {
  test(`审核人上传30 MB到${r.label}接口：403，中文提示`, async ({ baseURL }) => {
    const ctx = await signedIn(baseURL, DEMO.reviewer);
    const { status, body } = await post30Mb(ctx, `/api/budgets/029/2026/${r.path}`, r);
    expect(status).toBe(403);
    expect(body.error).toMatch(CHINESE);
    expect(body.error).toContain('无权');
    await ctx.dispose();
  });

  test(`填报人上传30 MB到${r.label}接口：413“文件过大”`, async ({ baseURL }) => {
    const ctx = await signedIn(baseURL, DEMO.accountant029);
    const { status, body } = await post30Mb(ctx, `/api/budgets/029/2026/${r.path}`, r);
    expect(status).toBe(413);
    expect(body.error).toBe(`文件过大：${r.label}不能超过10 MB`);
    await ctx.dispose();
  });
}

test('不带 Content-Length 的30 MB分块上传也在超过上限时被拒绝（413）', async ({ baseURL }) => {
  const ctx = await signedIn(baseURL, DEMO.accountant029);
  const cookie = (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await postChunked(baseURL!, cookie, '/api/budgets/029/2026/excel', 30 * MB).catch((e: unknown) => ({ status: -1, body: String(e) }));
  expect(res.status, res.body).toBe(413);
  expect(JSON.parse(res.body).error).toBe('文件过大：Excel 文件不能超过10 MB');
  await ctx.dispose();
});
