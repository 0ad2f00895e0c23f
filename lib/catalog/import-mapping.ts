import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { writeAudit, type Actor } from '../audit/write-audit';
import { econPairViolation, type EconMappingEntry } from '../domain/catalog/econ-pairs';
import { UNIT_KIND_LABELS, type UnitKind } from '../domain/types';
import { validateMappingRows, type MappingCatalogs, type MappingInputRow, type MappingValidation } from '../domain/catalog/validate-mapping';
import { conflict, invalid, notFound } from '../errors/app-error';
import { invalidateYearSummaries } from '../data/internal/budget-summary';

// Replacing one year's 经济科目对照表 from a file: validated against the year's catalogues, planned (rows added,
// changed, removed; lines of an open year that the new mapping would make invalid pairs), then applied in one
// transaction with its audit record.

type Db = PrismaClient | Prisma.TransactionClient;

export interface MappingPlan {
  year: number;
  added: EconMappingEntry[];
  changed: { deptCode: string; from: EconMappingEntry; to: EconMappingEntry }[];
  removed: EconMappingEntry[];
  unchanged: number;
  /** Expenditure lines of an open year valid under the current mapping that the new one would make invalid pairs. */
  broken: { orgCode: string; unitKind: string; deptCode: string; govCode: string; lines: number }[];
  digest: string;
}

/** The year's 款 codes, against which a mapping file is validated. */
export async function mappingCatalogs(db: Db, year: number): Promise<MappingCatalogs> {
  const args = { where: { year }, select: { code: true, name: true } };
  const dept = await db.deptEconSubject.findMany(args);
  const gov = await db.govEconSubject.findMany(args);
  const at5 = (rows: { code: string; name: string }[]) => new Map(rows.filter((r) => r.code.length === 5).map((r) => [r.code, r.name]));
  return { year, deptEcon: at5(dept), govEcon: at5(gov) };
}

export async function validateMappingFile(db: Db, year: number, rows: readonly MappingInputRow[]): Promise<MappingValidation> {
  if (!(await db.fiscalYear.findUnique({ where: { year } }))) throw notFound(`预算年度 ${year}`);
  return validateMappingRows(rows, await mappingCatalogs(db, year));
}

const same = (a: EconMappingEntry, b: EconMappingEntry) => a.govCodeAdmin === b.govCodeAdmin && a.govCodeInstitution === b.govCodeInstitution;

export async function planMappingImport(db: Db, year: number, entries: readonly EconMappingEntry[]): Promise<MappingPlan> {
  const fy = await db.fiscalYear.findUnique({ where: { year } });
  if (!fy) throw notFound(`预算年度 ${year}`);
  const current = await db.econMapping.findMany({
    where: { year },
    orderBy: { deptCode: 'asc' },
    select: { deptCode: true, govCodeAdmin: true, govCodeInstitution: true },
  });
  const before = new Map(current.map((m) => [m.deptCode, m]));
  const incoming = new Map(entries.map((e) => [e.deptCode, e]));
  const sorted = [...entries].sort((a, b) => a.deptCode.localeCompare(b.deptCode));
  const added = sorted.filter((e) => !before.has(e.deptCode));
  const changed = sorted
    .filter((e) => before.has(e.deptCode) && !same(before.get(e.deptCode)!, e))
    .map((e) => ({ deptCode: e.deptCode, from: before.get(e.deptCode)!, to: e }));
  const removed = current.filter((m) => !incoming.has(m.deptCode));
  const broken: MappingPlan['broken'] = [];
  if (fy.isOpen && (added.length || changed.length || removed.length)) {
    const pairs = await db.$queryRaw<{ org_code: string; unit_kind: string | null; dept: string; gov: string; n: bigint }[]>`
      SELECT o.code AS org_code, o.unit_kind::text AS unit_kind, l.dept_econ_code AS dept, l.gov_econ_code AS gov, count(*) AS n
      FROM expenditure_line l JOIN budget b ON b.id = l.budget_id JOIN organization o ON o.id = b.org_id
      WHERE l.year = ${year}
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 4`;
    for (const p of pairs) {
      if (!p.unit_kind) continue;
      const wasValid = econPairViolation(p.dept, p.gov, p.unit_kind, current) === null;
      if (wasValid && econPairViolation(p.dept, p.gov, p.unit_kind, sorted) !== null) {
        broken.push({ orgCode: p.org_code, unitKind: p.unit_kind, deptCode: p.dept, govCode: p.gov, lines: Number(p.n) });
      }
    }
  }
  const digest = createHash('sha256').update(JSON.stringify({ year, added, changed, removed })).digest('hex').slice(0, 32);
  return { year, added, changed, removed, unchanged: entries.length - added.length - changed.length, broken, digest };
}

const row = (m: EconMappingEntry) => `${m.deptCode}→${m.govCodeAdmin}/${m.govCodeInstitution}`;
const list = (items: string[], max = 30) => `${items.slice(0, max).join('、')}${items.length > max ? `等${items.length}条` : ''}`;

export function brokenMessage(p: MappingPlan): string {
  return `新对照表会使${p.year}年度以下支出明细的经济科目搭配无效，未做任何修改：${list(
    p.broken.map((b) => `单位${b.orgCode}（${UNIT_KIND_LABELS[b.unitKind as UnitKind] ?? b.unitKind}）${b.deptCode}/${b.govCode}（${b.lines}行）`),
    50,
  )}`;
}

/** The plan in Chinese, one line per kind of change (the page and the CLI print the same). */
export function describeMappingPlan(p: MappingPlan): string[] {
  const out = [
    `${p.year}年经济科目对照表（部门经济科目→行政单位/事业单位政府经济科目）：新增 ${p.added.length} 条，修改 ${p.changed.length} 条，删除 ${p.removed.length} 条，未变 ${p.unchanged} 条`,
  ];
  if (p.added.length) out.push(`新增：${list(p.added.map(row))}`);
  if (p.changed.length) out.push(`修改：${list(p.changed.map((c) => `${row(c.from)} 改为 ${c.to.govCodeAdmin}/${c.to.govCodeInstitution}`))}`);
  if (p.removed.length) out.push(`删除：${list(p.removed.map(row))}`);
  if (p.broken.length) out.push(brokenMessage(p));
  return out;
}

/**
 * Replaces the year's mapping with already-validated entries in one transaction with its audit record; planned
 * again inside it, refused when lines would break or (with expectDigest) when the plan changed since it was shown.
 */
export async function importMapping(
  db: PrismaClient,
  actor: Actor,
  year: number,
  entries: EconMappingEntry[],
  opts: { expectDigest?: string } = {},
): Promise<MappingPlan> {
  return db.$transaction(
    async (tx) => {
      const plan = await planMappingImport(tx, year, entries);
      if (plan.broken.length > 0) throw invalid(brokenMessage(plan));
      if (opts.expectDigest !== undefined && opts.expectDigest !== plan.digest) throw conflict('对照表或文件内容在预览后已变化，本次未导入；请重新上传并预览');
      await tx.econMapping.deleteMany({ where: { year } });
      await tx.econMapping.createMany({ data: entries.map((e) => ({ year, ...e })) });
      await invalidateYearSummaries(tx, year);
      await writeAudit(tx, actor, {
        action: 'catalog.mapping.import',
        entity: '经济科目对照表',
        entityId: String(year),
        before: { changed: plan.changed.map((c) => c.from), removed: plan.removed },
        after: { year, count: entries.length, added: plan.added, changed: plan.changed.map((c) => c.to), unchanged: plan.unchanged },
      });
      return plan;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
