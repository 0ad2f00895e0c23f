// Benchmark of deriveTables on a synthetic city. Run: npx tsx scripts/bench-derive.ts
import { performance } from 'node:perf_hooks';
import { deriveTables } from '../lib/domain/tables';
import type {
  DisclosureInput,
  ExpenditureLine,
  FundSource,
  OrgInfo,
  Project,
  UnitBudget,
  UnitKind,
} from '../lib/domain/types';
import { loadCatalogs } from '../prisma/seed-data/catalogs/load-catalogs';
import { yangquanUnitBudget } from '../prisma/seed-data/yangquan-2026';

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
const govFor = (dept: string, kind: UnitKind): string => {
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

function syntheticUnit(code: string, name: string, kind: UnitKind): UnitBudget {
  const base = template();
  const unit: OrgInfo = { ...base.unit, code, name, kind };
  const projects: Project[] = Array.from({ length: PROJECTS_PER_UNIT }, (_, i) => ({
    ...base.projects[0],
    code: `${code}-P${i + 1}`,
    name: `${name}项目${i + 1}`,
    unitCode: code,
  }));
  const lines: ExpenditureLine[] = Array.from({ length: LINES_PER_UNIT }, (_, i) => {
    const isProject = random() < 0.3;
    const dept = isProject ? pick(deptItems.filter((d) => d.startsWith('302'))) : pick(deptItems);
    return {
      id: `${code}-L${i + 1}`,
      functionCode: pick(functionItems),
      kind: isProject ? 'PROJECT' : 'BASIC',
      projectCode: isProject ? pick(projects).code : null,
      deptEconCode: dept,
      govEconCode: govFor(dept, kind),
      source: pick(SOURCES),
      timing: random() < 0.05 ? 'CARRYOVER' : 'CURRENT',
      amount: randomAmount(),
    };
  });
  return { ...base, unit, lines, projects };
}

interface Department {
  org: OrgInfo;
  units: UnitBudget[];
}

function syntheticCity(): Department[] {
  return Array.from({ length: DEPARTMENTS }, (_, d) => {
    const code = String(100 + d);
    const org: OrgInfo = { ...template().unit, code, name: `示例部门${code}`, kind: 'ADMIN' };
    const count = UNITS_PER_DEPARTMENT[d % UNITS_PER_DEPARTMENT.length];
    const units = Array.from({ length: count }, (_, u) =>
      syntheticUnit(`${code}${String(u + 1).padStart(3, '0')}`, `${org.name}单位${u + 1}`, u === 0 ? 'ADMIN' : pick(KINDS)),
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
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const input = (scope: DisclosureInput['scope'], org: OrgInfo, units: UnitBudget[]): DisclosureInput => ({
  year: YEAR,
  scope,
  org,
  units,
  catalogs,
});

const buildStart = performance.now();
const city = syntheticCity();
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

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`合成城市：${city.length} 个部门，${allUnits.length} 个单位，${lineCount} 条支出明细（生成 ${buildMs.toFixed(0)} ms）`);
console.log(`单个单位（${oneUnit.lines.length} 条）      中位数 ${unitMs.toFixed(2)} ms（目标 < 5 ms）`);
console.log(
  `最大部门（${largest.units.length} 个单位，${largest.units.reduce((n, u) => n + u.lines.length, 0)} 条） 中位数 ${departmentMs.toFixed(2)} ms`,
);
console.log(`全市汇总（${lineCount} 条）     中位数 ${cityMs.toFixed(1)} ms（目标 < 1000 ms）`);
console.log(`峰值内存 RSS ${mb(peakRss)} MB`);
