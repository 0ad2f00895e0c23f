// npm run bench:workspace — the budget workspace (the lines grid) in Chromium against the production
// build, for a budget of 5,000 expenditure lines and one of 50: the time from navigation until the grid
// accepts an edit (the amount cell's editor is open), and the page's JS heap after a garbage collection.
// Its own embedded PostgreSQL and `next start` on 127.0.0.1 (BENCH_PORT/BENCH_PG_PORT, default
// 3223/54422). The last line is one JSON object with both figures and their ratio.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { seededBenchDatabase } from './bench-database';
import { median, waitForHttp } from './bench-support';

const RUNS = 3;
const ACCOUNTANTS = { '029': { username: 'kuaiji029', password: 'Kuaiji@2026' }, '901001': { username: 'kuaiji901001', password: 'Kuaiji@2026' } };
type Org = keyof typeof ACCOUNTANTS;
const FUNCTIONS = ['2013801', '2013802', '2080505', '2101101', '2013899'];
const ECON = [
  ['30101', '50101'],
  ['30102', '50101'],
  ['30201', '50201'],
  ['30113', '50103'],
];

async function signIn(context: BrowserContext, base: string, org: Org): Promise<void> {
  const who = ACCOUNTANTS[org];
  const { csrfToken } = (await (await context.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await context.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, username: who.username, password: who.password, json: 'true' },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`登录失败：HTTP ${res.status()}`);
}

/** A new blank 2027 budget of the unit (行政单位), filled with `lines` expenditure lines through the Excel upload. */
async function budgetWithLines(page: Page, base: string, org: Org, lines: number): Promise<string> {
  const api = `${base}/api/budgets/${org}/2027/excel`;
  const workspace = `${base}/budgets/${org}/2027`;
  await page.goto(workspace, { timeout: 120_000 });
  await page.getByRole('button', { name: '新建空白预算' }).click();
  await page.getByTestId('budget-version').filter({ hasText: '1' }).waitFor({ timeout: 120_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await (await page.request.get(`${api}?mode=export`)).body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('支出明细')!;
  for (let i = 0; i < lines; i++) {
    const [dept, gov] = ECON[i % ECON.length];
    ws.addRow([`B${String(i).padStart(5, '0')}`, FUNCTIONS[i % FUNCTIONS.length], '基本支出', '', dept, gov, '一般公共预算', '当年预算安排', `${100 + i}.25`]);
  }
  const upload = await page.request.post(api, {
    timeout: 300_000,
    multipart: { expectedVersion: '1', file: { name: 'bench.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) } },
  });
  if (upload.status() !== 200) throw new Error(`上传 ${lines} 行失败：HTTP ${upload.status()} ${await upload.text()}`);
  return workspace;
}

interface Figures {
  lines: number;
  interactiveMs: number;
  heapMb: number;
}

/** Median of RUNS fresh page loads: navigation → the amount editor of the first line is open. */
async function measure(context: BrowserContext, url: string, lines: number): Promise<Figures> {
  const ms: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const t = performance.now();
    await page.goto(url, { timeout: 120_000 });
    const grid = page.getByRole('grid', { name: '支出明细' });
    await grid.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
    await grid.locator('tr[data-line-key] td[data-col="amount"]').first().click();
    await page.keyboard.press('Enter');
    await grid.getByRole('textbox', { name: '金额（元）' }).waitFor({ timeout: 60_000 });
    ms.push(performance.now() - t);
    await page.keyboard.press('Escape');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heap.push(usedSize / 1024 / 1024);
    await page.close();
  }
  const f = { lines, interactiveMs: Math.round(median(ms)), heapMb: Number(median(heap).toFixed(1)) };
  console.log(
    `${String(lines).padStart(5)} 行：可编辑 ${f.interactiveMs} ms（${RUNS} 次：${ms.map((x) => x.toFixed(0)).join('、')} ms），JS 堆 ${f.heapMb} MB`,
  );
  return f;
}

async function main(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('没有生产构建：请先运行 npm run build');
  const port = Number(process.env.BENCH_PORT ?? 3223);
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54422);
  const dataDir = '.data/bench-workspace-pg';
  const db = await seededBenchDatabase(dataDir, pgPort);
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: db.url, NEXTAUTH_SECRET: 'bench-only', NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    await waitForHttp(`${base}/api/health`, 60_000);
    const contexts = {} as Record<Org, BrowserContext>;
    const urls = {} as Record<Org, string>;
    for (const [org, lines] of [
      ['029', 5000],
      ['901001', 50],
    ] as const) {
      contexts[org] = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
      await signIn(contexts[org], base, org);
      const setup = await contexts[org].newPage();
      urls[org] = await budgetWithLines(setup, base, org, lines);
      await setup.close();
    }
    console.log(`== 预算编制工作台（Chromium，生产构建），每项 ${RUNS} 次取中位数 ==`);
    const f50 = await measure(contexts['901001'], urls['901001'], 50);
    const f5000 = await measure(contexts['029'], urls['029'], 5000);
    const ratio = Number((f5000.interactiveMs / f50.interactiveMs).toFixed(2));
    console.log(`5000 行 / 50 行 = ${ratio}（目标：5000 行 < 1500 ms）`);
    console.log(
      JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg().map((x) => Number(x.toFixed(2))), lines50: f50, lines5000: f5000, ratio }),
    );
  } finally {
    await browser.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await db.stop();
  }
}

await main();
