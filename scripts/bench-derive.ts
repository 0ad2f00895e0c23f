// Benchmark of the derivation on a synthetic city, with references measured in the same run:
// deriveTables and deriveDocument over the whole city against a SQL GROUP BY of the same lines in an
// embedded PostgreSQL, and the reviewer queue over the city seeded into that database.
// Run: npm run -s bench:derive [-- --json]   (--json: the last line is one JSON object of the figures)
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { refreshBudgetSummary } from '../lib/data/internal/budget-summary';
import { loadYearCatalogs } from '../lib/data/budget/year-catalogs';
import { listReviewQueue } from '../lib/data/workflow/list-review-queue';
import { deriveDocument } from '../lib/domain/derive-document';
import { centsToYuan, parseCents } from '../lib/domain/tables/cents';
import { deriveTables } from '../lib/domain/tables';
import { seedDatabase } from '../prisma/seed/seed-database';
import type { DisclosureInput, ExpenditureLine, FundSource, OrgInfo, Project, UnitBudget, UnitKind } from '../lib/domain/types';
import { loadCatalogs } from '../prisma/seed-data/catalogs/load-catalogs';
import { yangquanUnitBudget } from '../prisma/seed-data/yangquan-2026';
import { EXPENDITURE_LINE_COLUMNS, median } from './bench-support';

const YEAR = 2026;
const DEPARTMENTS = 40;
const UNITS_PER_DEPARTMENT = [4, 6, 8, 10, 12]; // cycled: 8 on average → 320 units
const LINES_PER_UNIT = 330;
const PROJECTS_PER_UNIT = 12;

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const catalogs = loadCatalogs(YEAR);
const functionItems = catalogs.functions.filter((e) => e.code.length === 7).map((e) => e.code);
const deptItems = catalogs.deptEconomic.filter((e) => e.code.length === 5 && /^30[123]/.test(e.code)).map((e) => e.code);
/**
 * The 政府经济科目 booked with a 部门经济科目. As accountants enter it (`asEntered`): the 对照表 row's column for the
 * unit kind, as the entry grid proposes it. The first generator's guess by 类 (before `asEntered`) pairs 41 % of the
 * lines against the 对照表; it is kept for the defective city.
 */
const mappingByDept = new Map((catalogs.econMapping ?? []).map((m) => [m.deptCode, m]));
const govFor = (dept: string, kind: UnitKind, asEntered: boolean): string => {
  const mapped = asEntered ? mappingByDept.get(dept) : undefined;
  if (mapped) return kind === 'INSTITUTION' ? mapped.govCodeInstitution : mapped.govCodeAdmin;
  if (kind === 'INSTITUTION') return dept.startsWith('303') ? '50901' : dept.startsWith('301') ? '50501' : '50502';
  return dept.startsWith('301') ? '50101' : dept.startsWith('302') ? '50201' : '50901';
};
const SOURCES: readonly FundSource[] = ['GENERAL', 'GENERAL', 'GENERAL', 'GENERAL', 'GOV_FUND', 'SPECIAL_ACCOUNT', 'UNIT_OWN'];
const KINDS: readonly UnitKind[] = ['ADMIN', 'CIVIL_SERVANT_INSTITUTION', 'INSTITUTION'];

/** 元 with two decimals, formatted without touching a float: integer cents from the PRNG. */
function randomAmount(): string {
  const cents = Math.floor(random() * 50_000_000);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function template(): UnitBudget {
  return yangquanUnitBudget();
}

/**
 * Two cities are derived. The submittable one is what a city-wide document is made of: budgets that passed the
 * blocking checks on submission. Its projects are the sample unit's filled-in ones (each with its own indicators), every third
 * begun the year before; carried-over money goes to those older projects only; each project declares as 年度资金
 * what its lines of the year add up to; 1 % of the lines keep a 部门/政府经济科目 pair against the 对照表, the
 * warning a reviewer still sees. The defective city is the first generator's: every project a copy of the first,
 * funds that do not match its lines (a blocking error in every unit), 5 % of the lines carried over whatever their
 * kind, 41 % of the pairs against the 对照表 — 52,598 failing checks to write.
 */
const filledIn = (p: Project) => p.indicatorsYear.length + p.indicatorsPeriod.length > 0 && p.goalPeriod.trim() !== '' && p.goalYear.trim() !== '';

function syntheticUnit(code: string, name: string, kind: UnitKind, submittable: boolean): UnitBudget {
  const base = template();
  const unit: OrgInfo = { ...base.unit, code, name, kind };
  const models = submittable ? base.projects.filter(filledIn) : base.projects.slice(0, 1);
  const projects: Project[] = Array.from({ length: PROJECTS_PER_UNIT }, (_, i) => ({
    ...models[i % models.length],
    code: `${code}-P${i + 1}`,
    name: `${name}项目${i + 1}`,
    unitCode: code,
    ...(submittable && i % 3 === 2 ? { originYear: YEAR - 1 } : {}),
  }));
  const olderProjects = projects.filter((p) => p.originYear < YEAR);
  const lines: ExpenditureLine[] = Array.from({ length: LINES_PER_UNIT }, (_, i) => {
    const isProject = random() < 0.3;
    const carriedOver = random() < 0.05 && (!submittable || isProject);
    const dept = isProject ? pick(deptItems.filter((d) => d.startsWith('302'))) : pick(deptItems);
    const project = !isProject ? null : submittable && carriedOver ? pick(olderProjects) : pick(projects);
    return {
      id: `${code}-L${i + 1}`,
      functionCode: pick(functionItems),
      kind: isProject ? 'PROJECT' : 'BASIC',
      projectCode: project?.code ?? null,
      deptEconCode: dept,
      govEconCode: govFor(dept, kind, submittable && random() >= 0.01),
      source: pick(SOURCES),
      timing: carriedOver ? 'CARRYOVER' : 'CURRENT',
      amount: randomAmount(),
    };
  });
  if (submittable) {
    for (const p of projects) {
      const cents = lines.reduce((n, l) => (l.projectCode === p.code && l.timing === 'CURRENT' ? n + parseCents(l.amount, l.id) : n), 0n);
      p.fundingYear = { CITY_COUNTY: centsToYuan(cents) };
      p.fundingPeriod = { CITY_COUNTY: centsToYuan(cents * 3n) };
    }
  }
  return { ...base, unit, lines, projects };
}

interface Department {
  org: OrgInfo;
  units: UnitBudget[];
}

function syntheticCity(submittable: boolean): Department[] {
  return Array.from({ length: DEPARTMENTS }, (_, d) => {
    const code = String(100 + d);
    const org: OrgInfo = { ...template().unit, code, name: `示例部门${code}`, kind: 'ADMIN' };
    const count = UNITS_PER_DEPARTMENT[d % UNITS_PER_DEPARTMENT.length];
    const units = Array.from({ length: count }, (_, u) =>
      syntheticUnit(`${code}${String(u + 1).padStart(3, '0')}`, `${org.name}单位${u + 1}`, u === 0 ? 'ADMIN' : pick(KINDS), submittable),
    );
    return { org, units };
  });
}

let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function medianMs(runs: number, work: () => void): number {
  work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    sampleRss();
  }
  return median(times);
}

const input = (scope: DisclosureInput['scope'], org: OrgInfo, units: UnitBudget[]): DisclosureInput => ({
  year: YEAR,
  scope,
  org,
  units,
  catalogs,
});

const buildStart = performance.now();
const city = syntheticCity(true);
const buildMs = performance.now() - buildStart;
sampleRss();

const allUnits = city.flatMap((d) => d.units);
const lineCount = allUnits.reduce((n, u) => n + u.lines.length, 0);
const largest = city.reduce((a, b) => (b.units.length > a.units.length ? b : a));
const oneUnit = largest.units[1];
const cityOrg: OrgInfo = { ...largest.org, code: '000', name: '示例市（全市汇总）' };

const unitMs = medianMs(200, () => deriveTables(input('UNIT', oneUnit.unit, [oneUnit])));
const departmentMs = medianMs(50, () => deriveTables(input('DEPARTMENT', largest.org, largest.units)));
const cityMs = medianMs(9, () => deriveTables(input('DEPARTMENT', cityOrg, allUnits)));

const cityInput = input('DEPARTMENT', cityOrg, allUnits);
const failingChecks = (units: UnitBudget[]) => {
  const failed = deriveDocument(input('DEPARTMENT', cityOrg, units)).checks.filter((c) => !c.passed);
  return { errors: failed.filter((c) => c.severity === 'BLOCKING').length, warnings: failed.filter((c) => c.severity !== 'BLOCKING').length };
};
const cityFailing = failingChecks(allUnits);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`合成城市：${city.length} 个部门，${allUnits.length} 个单位，${lineCount} 条支出明细（生成 ${buildMs.toFixed(0)} ms）`);
console.log(`单个单位（${oneUnit.lines.length} 条）      中位数 ${unitMs.toFixed(2)} ms（目标 < 5 ms）`);
console.log(`最大部门（${largest.units.length} 个单位，${largest.units.reduce((n, u) => n + u.lines.length, 0)} 条） 中位数 ${departmentMs.toFixed(2)} ms`);
console.log(`全市汇总（${lineCount} 条）     中位数 ${cityMs.toFixed(1)} ms（目标 < 1000 ms）`);
console.log(`峰值内存 RSS ${mb(peakRss)} MB`);

// ---- The same lines in an embedded PostgreSQL: the SQL reference and the reviewer queue ----

async function timedMedian(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Multi-row INSERTs of at most `batch` rows. */
async function insertRows(client: pg.Client, table: string, columns: string[], rows: unknown[][], batch = 2000) {
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

async function databaseFigures() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-bench-pg-'));
  chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
  const port = 59000 + Math.floor(Math.random() * 4000);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: 'bench', quiet: true });
  // Generous transaction timeouts: on a loaded machine the seed's transactions outlast the 5 s default.
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }), transactionOptions: { timeout: 120_000, maxWait: 60_000 } });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await migrate(server.url);
    await seedDatabase(db); // fiscal year, catalogues, the reviewer and the three sample budgets
    await client.connect();
    const loadStart = performance.now();
    const orgRows: unknown[][] = [];
    const budgetRows: unknown[][] = [];
    const projectRows: unknown[][] = [];
    const planRows: unknown[][] = [];
    const lineRows: unknown[][] = [];
    const budgetIds: string[] = [];
    const now = new Date();
    for (const d of city) {
      const deptId = randomUUID();
      orgRows.push([deptId, `7${d.org.code}`, d.org.name, true, null, null, now]);
      for (const u of d.units) {
        const orgId = randomUUID();
        const budgetId = randomUUID();
        budgetIds.push(budgetId);
        orgRows.push([orgId, `7${u.unit.code}`, u.unit.name, false, u.unit.kind, deptId, now]);
        budgetRows.push([budgetId, orgId, YEAR, now]);
        const projectIds = new Map<string, string>();
        u.projects.forEach((p, i) => {
          const projectId = randomUUID();
          projectIds.set(p.code, projectId);
          projectRows.push([projectId, orgId, `7${p.code}`, p.name, p.originYear, p.category, p.attribute]);
          planRows.push([randomUUID(), budgetId, projectId, i, p.name, p.category, p.attribute]);
        });
        u.lines.forEach((l, i) => {
          const projectId = l.projectCode ? projectIds.get(l.projectCode)! : null;
          lineRows.push([
            randomUUID(),
            budgetId,
            YEAR,
            l.id,
            i,
            l.functionCode,
            l.kind,
            projectId,
            l.deptEconCode,
            l.govEconCode,
            l.source,
            l.timing,
            l.amount,
          ]);
        });
      }
    }
    await client.query('BEGIN');
    await insertRows(client, 'organization', ['id', 'code', 'name', 'is_department', 'unit_kind', 'parent_id', 'updated_at'], orgRows);
    await insertRows(client, 'budget', ['id', 'org_id', 'year', 'updated_at'], budgetRows);
    await insertRows(client, 'project', ['id', 'org_id', 'code', 'name', 'origin_year', 'category', 'attribute'], projectRows);
    await insertRows(client, 'project_plan', ['id', 'budget_id', 'project_id', 'sort_order', 'name', 'category', 'attribute'], planRows);
    await insertRows(client, 'expenditure_line', EXPENDITURE_LINE_COLUMNS, lineRows);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const loadMs = performance.now() - loadStart;

    // The year's catalogues as each save used to read them (three queries, every time) against the
    // in-process copy checked against catalog_stamp (one single-row query).
    const byCode = { orderBy: { code: 'asc' as const }, where: { year: YEAR }, select: { code: true, name: true } };
    const catalogReadMs = await timedMedian(15, async () => {
      await db.functionSubject.findMany(byCode);
      await db.deptEconSubject.findMany(byCode);
      await db.govEconSubject.findMany(byCode);
    });
    const catalogCachedMs = await timedMedian(15, () => loadYearCatalogs(db, YEAR));

    // Each budget's summary columns, computed the way every save computes them (derive the unit, store the counts).
    const refreshStart = performance.now();
    for (const id of budgetIds) await refreshBudgetSummary(db, id);
    const summaryRefreshMs = (performance.now() - refreshStart) / budgetIds.length;

    // The reference: table-1 style totals of the same lines by SQL (收入 by source and timing, 支出 by
    // 功能分类 类 and timing, by 基本/项目, and the 总计).
    const groupBy = `
      SELECT l.source, l.timing, l.kind, substr(l.function_code, 1, 3) AS class, sum(l.amount)::text AS total
      FROM expenditure_line l WHERE l.budget_id = ANY($1::uuid[])
      GROUP BY GROUPING SETS ((l.source, l.timing), (substr(l.function_code, 1, 3), l.timing), (l.kind, l.timing), ())`;
    // deriveDocument and its SQL reference take turns, round by round, so both meet the same machine (it is shared);
    // round 0 warms up. The defective city is made only for its own rounds, so the submittable one is derived with
    // the heap it has alone.
    const alternate = async (derive: () => unknown) => {
      const times = { document: [] as number[], sql: [] as number[] };
      const timed = async (into: number[], work: () => unknown) => {
        const start = performance.now();
        await work();
        into.push(performance.now() - start);
        sampleRss();
      };
      for (let round = 0; round < 8; round++) {
        await timed(times.document, derive);
        await timed(times.sql, () => client.query(groupBy, [budgetIds]));
      }
      return { documentMs: median(times.document.slice(1)), sqlMs: median(times.sql.slice(1)) };
    };
    const submittable = await alternate(() => deriveDocument(cityInput));
    const grouped = await client.query<{ source: string | null; timing: string | null; kind: string | null; class: string | null; total: string }>(groupBy, [
      budgetIds,
    ]);
    const sqlTotal = grouped.rows.find((r) => !r.source && !r.timing && !r.kind && !r.class)!.total;
    const engineTotal = centsToYuan(allUnits.reduce((n, u) => n + u.lines.reduce((m, l) => m + parseCents(l.amount, l.id), 0n), 0n));
    if (sqlTotal !== engineTotal) throw new Error(`SQL 总计 ${sqlTotal} ≠ 引擎总计 ${engineTotal}`);

    const u = await db.user.findUniqueOrThrow({ where: { username: 'shenhe' } });
    const reviewer = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitIds: [] };
    let queueRows = 0;
    const reviewQueueMs = await timedMedian(9, async () => {
      queueRows = (await listReviewQueue(db, reviewer, { year: YEAR, sort: 'total', desc: true })).length;
    });
    const defectiveInput = input(
      'DEPARTMENT',
      cityOrg,
      syntheticCity(false).flatMap((d) => d.units),
    );
    const defectiveFailing = failingChecks(defectiveInput.units);
    const defective = await alternate(() => deriveDocument(defectiveInput));
    return {
      loadMs,
      summaryRefreshMs,
      catalogReadMs,
      catalogCachedMs,
      documentMs: submittable.documentMs,
      sqlGroupByCityMs: submittable.sqlMs,
      defectiveMs: defective.documentMs,
      defectiveSqlMs: defective.sqlMs,
      defectiveFailing,
      sqlTotal,
      reviewQueueMs,
      queueRows,
    };
  } finally {
    await client.end().catch(() => {});
    await db.$disconnect();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const dbFigures = await databaseFigures();
const { documentMs, defectiveMs, defectiveFailing } = dbFigures;
const ratio = documentMs / dbFigures.sqlGroupByCityMs;
const defectiveRatio = defectiveMs / dbFigures.defectiveSqlMs;
console.log(`PostgreSQL：载入 ${lineCount} 条 ${dbFigures.loadMs.toFixed(0)} ms；每个单位保存时重算摘要 平均 ${dbFigures.summaryRefreshMs.toFixed(1)} ms`);
console.log(
  `每次保存读取本年度科目目录：逐次查询 ${dbFigures.catalogReadMs.toFixed(1)} ms → 进程内副本（核对 catalog_stamp） ${dbFigures.catalogCachedMs.toFixed(2)} ms`,
);
console.log(`全市 deriveDocument（表、情况说明、绩效目标表、校验，与 SQL 轮流 7 次） 中位数 ${documentMs.toFixed(0)} ms`);
console.log(`  未通过的校验：错误 ${cityFailing.errors} 条，提示 ${cityFailing.warnings} 条`);
console.log(
  `有缺陷的全市（最初的生成方式，错误 ${defectiveFailing.errors} 条、提示 ${defectiveFailing.warnings} 条） deriveDocument 中位数 ${defectiveMs.toFixed(0)} ms（同轮 SQL ${dbFigures.defectiveSqlMs.toFixed(1)} ms）`,
);
console.log(`SQL GROUP BY 同样的表一合计（总计 ${dbFigures.sqlTotal} 元，与引擎一致） 中位数 ${dbFigures.sqlGroupByCityMs.toFixed(1)} ms`);
console.log(`全市 deriveDocument / SQL = ${ratio.toFixed(2)}（目标 ≤ 3）；有缺陷的全市 / SQL = ${defectiveRatio.toFixed(2)}`);
console.log(`审核队列 listReviewQueue（${dbFigures.queueRows} 个预算） 中位数 ${dbFigures.reviewQueueMs.toFixed(1)} ms（目标 ≤ 300 ms）`);
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      units: allUnits.length,
      lines: lineCount,
      deriveTablesUnitMs: unitMs,
      deriveTablesDepartmentMs: departmentMs,
      deriveTablesCityMs: cityMs,
      deriveDocumentCityMs: documentMs,
      cityFailingErrors: cityFailing.errors,
      cityFailingWarnings: cityFailing.warnings,
      deriveDocumentDefectiveCityMs: defectiveMs,
      defectiveCitySqlGroupByMs: dbFigures.defectiveSqlMs,
      defectiveCityFailingChecks: defectiveFailing.errors + defectiveFailing.warnings,
      sqlGroupByCityMs: dbFigures.sqlGroupByCityMs,
      ratio,
      defectiveCityRatio: defectiveRatio,
      reviewQueueMs: dbFigures.reviewQueueMs,
      reviewQueueBudgets: dbFigures.queueRows,
      summaryRefreshMsPerBudget: dbFigures.summaryRefreshMs,
      catalogReadMs: dbFigures.catalogReadMs,
      catalogCachedMs: dbFigures.catalogCachedMs,
      loadAverage: os.loadavg()[0],
      peakRssMb: Number(mb(peakRss)),
      cpus: os.cpus().length,
    }),
  );
}
