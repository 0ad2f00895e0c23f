// npm run bench:export — how long the sample's PDF, XLSX and DOCX take to write (median of several
// runs, the PDF browser warm); then, against the production build (its own embedded PostgreSQL and the
// production server scripts/serve-next.ts as `npm run app` runs it, ports BENCH_PORT/BENCH_PG_PORT, default
// 3222/54421): the first PDF download
// after the server starts (the exports written at publication, as publishing does), and the public
// document page against its own bytes served as a static file by the same server (and a script chunk of similar
// size, the earlier reference), 50 clients, 10 s each.
// The last line is one JSON object with every figure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { glossary } from '../prisma/seed-data/glossary';
import { yangquanInput } from '../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../lib/domain/derive-document';
import { draftDisclosure, type FrozenDisclosure } from '../lib/document/frozen-disclosure';
import { buildDocx } from '../lib/export/docx/build-docx';
import { buildPdf } from '../lib/export/pdf/build-pdf';
import { closeBrowser } from '../lib/export/pdf/chromium';
import { buildWorkbook } from '../lib/export/xlsx/build-workbook';
import { createPrismaClient } from '../lib/db/client';
import { writePublishedExports } from '../lib/export/pregenerate-exports';
import { seededBenchDatabase } from './bench-database';
import { median, waitForHttp } from './bench-support';
import { publicPageAnswer } from '../lib/public-page/serve-public-page';

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

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function time(label: string, runs: number, fn: () => Promise<Buffer>): Promise<number> {
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
  return Math.round(median(ms));
}

interface ExportFigures {
  pdfColdMs: number;
  pdfMs: number;
  xlsxMs: number;
  docxMs: number;
}

async function benchExports(): Promise<ExportFigures> {
  const input = yangquanInput();
  const d: FrozenDisclosure = { ...draftDisclosure(input, deriveDocument(input), glossary), versionNo: 1, publishedAt: new Date().toISOString() };
  console.log('== 导出（示例：阳泉市市场监督管理局 2026）==');
  const cold = performance.now();
  await buildPdf(d);
  const pdfColdMs = Math.round(performance.now() - cold);
  console.log(`PDF   首次（含启动 Chromium）${pdfColdMs} ms`);
  const pdfMs = await time('PDF', 5, () => buildPdf(d));
  const xlsxMs = await time('XLSX', 10, () => buildWorkbook(d));
  const docxMs = await time('DOCX', 10, () => buildDocx(d));
  await closeBrowser();
  return { pdfColdMs, pdfMs, xlsxMs, docxMs };
}

interface LoadFigures {
  url: string;
  bytes: number;
  rps: number;
  p50Ms: number;
  p97_5Ms: number;
  errors: number;
}

/** 50 clients for 10 s against one URL; errors counts non-2xx answers, socket errors and timeouts. */
async function load(label: string, url: string): Promise<LoadFigures> {
  const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer());
  const times: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const inst = autocannon({ url, connections: 50, duration: 10 }, (err, r) => (err ? reject(err) : resolve(r)));
    inst.on('response', (_c, _s, _b, ms) => times.push(ms));
  });
  const f = {
    url,
    bytes,
    rps: Math.round(result.requests.average),
    p50Ms: Math.round(percentile(times, 50)),
    p97_5Ms: Math.round(percentile(times, 97.5)),
    errors: result.non2xx + result.errors + result.timeouts,
  };
  console.log(`${label}：${(bytes / 1024).toFixed(0)} KB，每秒 ${f.rps} 次请求，p50 ${f.p50Ms} ms，p97.5 ${f.p97_5Ms} ms，错误 ${f.errors}`);
  return f;
}

/** The build's file under .next/static closest in size to the given number of bytes (served by the same server). */
function staticFileNear(bytes: number): string {
  const files: { rel: string; size: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) {
        if (full !== path.normalize(PAGE_COPY_DIR)) walk(full);
      } else files.push({ rel: path.relative('.next/static', full).split(path.sep).join('/'), size: st.size });
    }
  };
  walk('.next/static');
  files.sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes));
  return `/_next/static/${files[0].rel}`;
}

/** Stores the sample's downloads as publishing does (lib/export/pregenerate-exports.ts). */
async function pregenerate(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const v = await db.budgetVersion.findFirstOrThrow({
      where: { publishedAt: { not: null }, budget: { year: 2026, org: { code: '029' } } },
      orderBy: { versionNo: 'desc' },
      select: { id: true },
    });
    await writePublishedExports(db, v.id);
  } finally {
    await closeBrowser();
    await db.$disconnect();
  }
}

// The page's own bytes as a static file of the same server: the same body for the load client to read (autocannon
// decodes every body as UTF-8, and 50 KB of the page's 180 KB are Chinese text, which a script chunk has none of).
const PAGE_COPY_DIR = '.next/static/bench-reference';
const PAGE_COPY = `${PAGE_COPY_DIR}/public-2026-029.html`;

async function writePageCopy(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const answer = await publicPageAnswer(db, { year: '2026', org: '029' });
    if (answer.status !== 200) throw new Error(`公开文件页不存在：HTTP ${answer.status}`);
    mkdirSync(PAGE_COPY_DIR, { recursive: true });
    writeFileSync(PAGE_COPY, answer.body.raw);
  } finally {
    await db.$disconnect();
  }
}

interface ServerFigures {
  firstPdfMs: number;
  page: LoadFigures;
  staticFile: LoadFigures;
  scriptChunk: LoadFigures;
}

async function benchServer(): Promise<ServerFigures> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('没有生产构建：请先运行 npm run build');
  const port = Number(process.env.BENCH_PORT ?? 3222);
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54421);
  const dataDir = '.data/bench-pg';
  const db = await seededBenchDatabase(dataDir, pgPort);
  let server: ChildProcess | null = null;
  try {
    await pregenerate(db.url);
    await writePageCopy(db.url);
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-next.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: db.url,
        NEXTAUTH_SECRET: 'bench-only',
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
      detached: true,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/health`, 60_000);
    const t = performance.now();
    const pdf = await fetch(`${base}/api/public/documents/2026/029/pdf`);
    const pdfBytes = (await pdf.arrayBuffer()).byteLength;
    const firstPdfMs = Math.round(performance.now() - t);
    if (!pdf.ok) throw new Error(`PDF 下载失败：HTTP ${pdf.status}`);
    console.log(`== 服务器启动后的第一次 PDF 下载（发布时已生成并存入 PostgreSQL）==\n${firstPdfMs} ms，${(pdfBytes / 1024).toFixed(0)} KB`);
    const pageUrl = `${base}/public/2026/029`;
    const pageBytes = (await (await fetch(pageUrl)).arrayBuffer()).byteLength;
    console.log(`== 公开文件页与同一服务器上大小相近的静态文件，各 50 个并发客户端、10 秒 ==`);
    const staticFile = await load('静态文件（同一页面的字节）', `${base}/_next/static/bench-reference/public-2026-029.html`);
    const scriptChunk = await load('静态文件（大小相近的脚本）', base + staticFileNear(pageBytes));
    const page = await load('公开文件页', pageUrl);
    console.log(`公开文件页 / 同一页面的静态文件 = ${(page.rps / staticFile.rps).toFixed(2)}（目标 ≥ 0.5）`);
    console.log(`公开文件页 / 大小相近的脚本 = ${(page.rps / scriptChunk.rps).toFixed(2)}（客户端须解码页面中的中文，脚本为纯 ASCII）`);
    return { firstPdfMs, page, staticFile, scriptChunk };
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(PAGE_COPY_DIR, { recursive: true, force: true });
    await db.stop();
  }
}

const exportsFigures = process.argv.includes('--page-only') ? null : await benchExports();
const serverFigures = await benchServer();
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    exports: exportsFigures,
    firstPdfMs: serverFigures.firstPdfMs,
    page: serverFigures.page,
    staticFile: serverFigures.staticFile,
    scriptChunk: serverFigures.scriptChunk,
    pageToStaticRatio: Number((serverFigures.page.rps / serverFigures.staticFile.rps).toFixed(2)),
    pageToScriptChunkRatio: Number((serverFigures.page.rps / serverFigures.scriptChunk.rps).toFixed(2)),
  }),
);
