// The import of bench-import.ts, run in a process of its own so that its RSS is the import's and not the
// benchmark's (seeding and writing the workbook with exceljs leave the parent's heap large). Like a server
// that has already served requests: modules loaded, the import previewed once (reader, validation and reads
// warmed), garbage collected, then measured.
// Input (env): BENCH_DB_URL, BENCH_BUDGET_ID, BENCH_VERSION, BENCH_USER, BENCH_FILE. Output: one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { importEntryWorkbook, previewEntryWorkbook } from '../lib/data/entry/import-entry-workbook';

const env = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`缺少环境变量 ${name}`);
  })();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env('BENCH_DB_URL') }) });
try {
  const u = await db.user.findUniqueOrThrow({ where: { username: env('BENCH_USER') }, include: { units: { select: { orgId: true } } } });
  const user = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitIds: u.units.map((x) => x.orgId) };
  const content = new Uint8Array(readFileSync(env('BENCH_FILE')));
  const budgetId = env('BENCH_BUDGET_ID');
  const expectedVersion = Number(env('BENCH_VERSION'));
  await previewEntryWorkbook(db, user, { budgetId, expectedVersion, content, mode: 'replace' });
  (globalThis as { gc?: () => void }).gc?.();
  await sleep(100);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const cpu = process.cpuUsage();
  const start = performance.now();
  await importEntryWorkbook(db, user, {
    budgetId,
    expectedVersion,
    fileName: 'bench.xlsx',
    content,
    mode: 'replace',
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    JSON.stringify({ importMs: Math.round(ms), importCpuMs: Math.round((used.user + used.system) / 1000), rssBeforeMb: mb(before), rssPeakMb: mb(peak) }),
  );
} finally {
  await db.$disconnect();
}
