// npm run bench:export — how long the sample's PDF, XLSX and DOCX take to write (median of several
// runs, the PDF browser warm), then the public document page under 50 concurrent clients against the
// production build (its own embedded PostgreSQL and `next start` on a free 127.0.0.1 port, ~10 s).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { glossary } from '../prisma/seed-data/glossary';
import { yangquanInput } from '../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../lib/domain/derive-document';
import { draftDisclosure, type FrozenDisclosure } from '../lib/document/frozen-disclosure';
import { buildDocx } from '../lib/export/docx/build-docx';
import { buildPdf } from '../lib/export/pdf/build-pdf';
import { closeBrowser } from '../lib/export/pdf/chromium';
import { buildWorkbook } from '../lib/export/xlsx/build-workbook';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { prepareDatabase } from '../lib/db/prepare-database';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, r: AutocannonResult) => void) => AutocannonInstance) & {
  track?: unknown;
};
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function time(label: string, runs: number, fn: () => Promise<Buffer>): Promise<void> {
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    size = (await fn()).length;
    ms.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(5)} 中位数 ${median(ms).toFixed(0).padStart(5)} ms（${runs} 次，最快 ${Math.min(...ms).toFixed(0)} ms，最慢 ${Math.max(...ms).toFixed(0)} ms），${(size / 1024).toFixed(0)} KB`,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} 在 ${timeoutMs} ms 内没有就绪`);
}

async function benchExports(): Promise<void> {
  const input = yangquanInput();
  const d: FrozenDisclosure = { ...draftDisclosure(input, deriveDocument(input), glossary), versionNo: 1, publishedAt: new Date().toISOString() };
  console.log('== 导出（示例：阳泉市市场监督管理局 2026）==');
  const cold = performance.now();
  await buildPdf(d);
  console.log(`PDF   首次（含启动 Chromium）${(performance.now() - cold).toFixed(0)} ms`);
  await time('PDF', 5, () => buildPdf(d));
  await time('XLSX', 10, () => buildWorkbook(d));
  await time('DOCX', 10, () => buildDocx(d));
  await closeBrowser();
}

async function benchPage(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('没有生产构建：请先运行 npx next build');
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = '.data/bench-pg';
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'yusuantong', quiet: true });
  let server: ChildProcess | null = null;
  try {
    await prepareDatabase(db.url, () => undefined);
    server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: db.url, NEXTAUTH_SECRET: 'bench-only', NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    const url = `http://127.0.0.1:${port}/public/2026/029`;
    await waitForHttp(url, 60_000);
    for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer());
    console.log(`== 公开文件页 ${url}，50 个并发客户端，10 秒 ==`);
    const times: number[] = [];
    const result = await new Promise<AutocannonResult>((resolve, reject) => {
      const inst = autocannon({ url, connections: 50, duration: 10 }, (err, r) => (err ? reject(err) : resolve(r)));
      inst.on('response', (_c, _s, _b, ms) => times.push(ms));
    });
    console.log(`每秒请求数（平均）${result.requests.average.toFixed(1)}，共 ${result.requests.total} 次`);
    console.log(`延迟 p50 ${percentile(times, 50).toFixed(0)} ms，p95 ${percentile(times, 95).toFixed(0)} ms，p99 ${percentile(times, 99).toFixed(0)} ms`);
    console.log(`非 2xx 响应 ${result.non2xx}，错误 ${result.errors}，超时 ${result.timeouts}`);
  } finally {
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

if (!process.argv.includes('--page-only')) await benchExports();
await benchPage();
