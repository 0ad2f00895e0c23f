import type { ChildProcess } from 'node:child_process';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';
import { SECOND_PORT, startSecondInstance } from './helpers/second-instance';

// Two instances behind one load balancer share nothing but the database: a session signed on one is
// good on the other, a budget submitted on one is approved and published on the other, and both serve
// the same public page and byte-identical downloads. Material: 901002's 2027 budget, which
// my-budgets.spec.ts left submitted.

const API = '/api/budgets/901002/2027/workflow';
const B = `http://localhost:${SECOND_PORT}`;
let second: ChildProcess;

test.beforeAll(async () => {
  second = await startSecondInstance();
});
test.afterAll(() => {
  second?.kill('SIGTERM');
});

async function act(ctx: APIRequestContext, base: string, data: unknown) {
  const res = await ctx.post(`${base}${API}`, { data, headers: { Origin: base }, failOnStatusCode: false });
  return { status: res.status(), body: await res.json() };
}

test('两个实例共用一个数据库：会话、审核流程、公开页面和下载在两个实例上一致', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const A = baseURL!;
  // Signed in on A; the same cookies on B.
  const reviewerA = await playwrightRequest.newContext({ baseURL: A });
  await signIn(reviewerA, DEMO.reviewer);
  const reviewerB = await playwrightRequest.newContext({ baseURL: B, storageState: await reviewerA.storageState() });
  const queueB = await reviewerB.get(`${B}/review?year=2027`);
  expect(queueB.status()).toBe(200);
  expect(await queueB.text()).toContain('901002');

  expect(await act(reviewerA, A, { action: 'approve' })).toMatchObject({ status: 200, body: { status: 'APPROVED' } });
  expect(await act(reviewerB, B, { action: 'publish' })).toMatchObject({ status: 200, body: { status: 'PUBLISHED' } });
  expect(await act(reviewerA, A, { action: 'reopen', comment: '两实例更正测试' })).toMatchObject({ status: 200, body: { status: 'RETURNED' } });

  const accountantB = await playwrightRequest.newContext({ baseURL: B });
  await signIn(accountantB, DEMO.accountant901002);
  const accountantA = await playwrightRequest.newContext({ baseURL: A, storageState: await accountantB.storageState() });
  expect(await act(accountantA, A, { action: 'submit' })).toMatchObject({ status: 200, body: { status: 'SUBMITTED' } });
  expect(await act(reviewerB, B, { action: 'approve' })).toMatchObject({ status: 200, body: { status: 'APPROVED' } });
  expect(await act(reviewerA, A, { action: 'publish', correctionNote: '两个实例上的更正' })).toMatchObject({ status: 200, body: { status: 'PUBLISHED' } });

  const visitor = await playwrightRequest.newContext();
  for (const base of [A, B]) {
    const page = await visitor.get(`${base}/public/2027/901002`);
    expect(page.status(), base).toBe(200);
    expect((await page.text()).replace(/<!-- -->/g, '')).toContain('单位编码 901002 · 第2版');
  }
  for (const format of ['pdf', 'xlsx', 'docx', 'json', 'csv']) {
    const fromB = await visitor.get(`${B}/api/public/documents/2027/901002/${format}`);
    const fromA = await visitor.get(`${A}/api/public/documents/2027/901002/${format}`);
    expect([fromA.status(), fromB.status()], format).toEqual([200, 200]);
    expect((await fromA.body()).equals(await fromB.body()), `${format} byte-identical`).toBe(true);
    expect(fromA.headers()['etag']).toBe(fromB.headers()['etag']);
  }
  for (const ctx of [reviewerA, reviewerB, accountantA, accountantB, visitor]) await ctx.dispose();
});
