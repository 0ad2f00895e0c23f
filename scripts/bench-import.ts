// Benchmark of the Excel import at 10,000 lines, with its reference measured in the same run: parsing the
// same workbook plus one raw multi-row INSERT of the same rows. Its own embedded PostgreSQL, migrated and
// seeded; the import goes into the 901001 draft (整体替换) as its accountant, like the 导入 button does.
// The import itself runs in a process of its own (bench-import-worker.ts), so that its RSS figures are the
// import's: rssBeforeMb is that process before it, rssPeakMb the peak while it runs; importCpuMs is that
// process's CPU time during the import (less sensitive than the wall time to a loaded machine).
// Run: npm run -s bench:import   (the last line is one JSON object of the figures; BENCH_PG_PORT picks the
// PostgreSQL port)
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { z } from 'zod';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { loadYearCatalogs } from '../lib/data/budget/year-catalogs';
import { loadUnitBudget } from '../lib/data/internal/load-unit-budget';
import { readEntryWorkbook } from '../lib/excel/read-entry-workbook';
import { writeEntryWorkbook } from '../lib/excel/write-entry-workbook';
import { seedDatabase } from '../prisma/seed/seed-database';
import { EXPENDITURE_LINE_COLUMNS } from './bench-support';

const YEAR = 2026;
const LINES = 10_000;
const ORG = '901001';

const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-bench-import-'));
chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
const port = Number(process.env.BENCH_PG_PORT) || 55000 + Math.floor(Math.random() * 4000);
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: 'bench', quiet: true });
// Generous transaction timeouts: on a loaded machine the seed's transactions outlast the 5 s default.
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }), transactionOptions: { timeout: 120_000, maxWait: 60_000 } });
const client = new pg.Client({ connectionString: server.url });
try {
  await migrate(server.url);
  await seedDatabase(db);
  await client.connect();
  const budget = await db.budget.findFirstOrThrow({ where: { year: YEAR, org: { code: ORG } } });

  // The workbook: the unit's own projects and 10,000 lines cycled from its lines (valid codes), fresh keys.
  const unit = await loadUnitBudget(db, budget.id);
  const lines = Array.from({ length: LINES }, (_, i) => {
    const l = unit.lines[i % unit.lines.length];
    const cents = 100 + ((i * 7919) % 9_999_900);
    return { ...l, id: `B${i + 1}`, amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}` };
  });
  const content = new Uint8Array(await writeEntryWorkbook(await loadYearCatalogs(db, YEAR), { ...unit, lines }, `${unit.unit.name}导入基准`));

  // The reference: parsing the same workbook, then one multi-row INSERT of its lines (rolled back).
  const parseStart = performance.now();
  const parsed = await readEntryWorkbook(content);
  const parseMs = performance.now() - parseStart;
  if (parsed.errors.length > 0 || parsed.lines.length !== LINES) throw new Error(`基准工作簿解析失败：${parsed.errors.length} 处错误`);
  const projectIds = new Map((await db.project.findMany({ where: { orgId: budget.orgId }, select: { id: true, code: true } })).map((p) => [p.code, p.id]));
  const columns = EXPENDITURE_LINE_COLUMNS;
  const rows = parsed.lines.map((l, i) => [
    randomUUID(),
    budget.id,
    YEAR,
    `R${l.key}`,
    i,
    l.functionCode,
    l.kind,
    l.projectCode ? (projectIds.get(l.projectCode) ?? null) : null,
    l.deptEconCode,
    l.govEconCode,
    l.source,
    l.timing,
    l.amount,
  ]);
  await client.query('BEGIN');
  const insertStart = performance.now();
  // 13 parameters a row: batches stay under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await client.query(`INSERT INTO expenditure_line (${columns.join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
  const rawInsertMs = performance.now() - insertStart;
  await client.query('ROLLBACK');

  const file = path.join(dir, 'bench.xlsx');
  writeFileSync(file, content);
  const { stdout: worker } = await promisify(execFile)(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'bench-import-worker.ts')], {
    env: {
      ...process.env,
      BENCH_DB_URL: server.url,
      BENCH_BUDGET_ID: budget.id,
      BENCH_VERSION: String(budget.version),
      BENCH_USER: `kuaiji${ORG}`,
      BENCH_FILE: file,
    },
    encoding: 'utf8',
  });
  const imported = z
    .object({ importMs: z.number(), importCpuMs: z.number(), rssBeforeMb: z.number(), rssPeakMb: z.number() })
    .parse(JSON.parse(worker.trim().split('\n').at(-1)!));
  const stored = await db.expenditureLine.count({ where: { budgetId: budget.id } });
  if (stored !== LINES) throw new Error(`导入后应有 ${LINES} 条支出明细，实有 ${stored} 条`);
  const audit = await client.query<{ bytes: string }>(
    `SELECT (octet_length(coalesce(before::text, '')) + octet_length(coalesce(after::text, '')))::text AS bytes
     FROM audit_log WHERE budget_id = $1 AND action = 'budget.importExcel' ORDER BY id DESC LIMIT 1`,
    [budget.id],
  );

  const referenceMs = parseMs + rawInsertMs;
  const figures = {
    lines: LINES,
    workbookKb: Math.round(content.byteLength / 1024),
    importMs: imported.importMs,
    importCpuMs: imported.importCpuMs,
    rssBeforeMb: imported.rssBeforeMb,
    rssPeakMb: imported.rssPeakMb,
    parseMs: Math.round(parseMs),
    rawInsertMs: Math.round(rawInsertMs),
    referenceMs: Math.round(referenceMs),
    ratio: Math.round((imported.importMs / referenceMs) * 100) / 100,
    auditRecordKb: Math.round(Number(audit.rows[0]?.bytes ?? 0) / 1024),
    loadAverage: os.loadavg()[0],
    cpus: os.cpus().length,
  };
  console.log(`工作簿 ${LINES} 条支出明细，${figures.workbookKb} KB`);
  console.log(
    `导入（整体替换） ${figures.importMs} ms（目标 < 2000 ms），期间峰值内存 RSS ${figures.rssPeakMb} MB（目标 < 300 MB；导入前 ${figures.rssBeforeMb} MB）`,
  );
  console.log(`参照：解析 ${figures.parseMs} ms + 一条多行 INSERT ${figures.rawInsertMs} ms = ${figures.referenceMs} ms（导入 / 参照 = ${figures.ratio}）`);
  console.log(`审计记录 ${figures.auditRecordKb} KB；负载 ${figures.loadAverage.toFixed(1)}（${figures.cpus} 核）`);
  console.log(JSON.stringify(figures));
} finally {
  await client.end().catch(() => {});
  await db.$disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
