import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { CATALOG_KIND_LABELS, type CatalogKind } from '../domain/catalog/validate-catalog';

// What a catalogue import would change, computed from the database and the validated file: shown to the
// admin before anything is written, and computed again inside the import transaction.

export interface CatalogImportEntry {
  code: string;
  name: string;
}

export interface CatalogPlan {
  year: number;
  kind: CatalogKind;
  added: CatalogImportEntry[];
  renamed: { code: string; from: string; to: string }[];
  removed: CatalogImportEntry[];
  unchanged: number;
  /** Codes the file leaves out that expenditure lines (or their kept sub-codes) still use: the import is refused. */
  inUse: { code: string; name: string; lines: number }[];
  /** econ_mapping rows that go with removed economic codes. */
  mappingRowsRemoved: number;
  /** A digest of the whole plan: a confirmation applies only the plan the admin saw. */
  digest: string;
}

type Db = PrismaClient | Prisma.TransactionClient;

async function existingCodes(db: Db, year: number, kind: CatalogKind): Promise<CatalogImportEntry[]> {
  const args = { where: { year }, select: { code: true, name: true }, orderBy: { code: 'asc' as const } };
  if (kind === 'FUNCTION') return db.functionSubject.findMany(args);
  if (kind === 'DEPT_ECONOMIC') return db.deptEconSubject.findMany(args);
  return db.govEconSubject.findMany(args);
}

async function lineCounts(db: Db, year: number, kind: CatalogKind): Promise<Map<string, number>> {
  const field = kind === 'FUNCTION' ? 'functionCode' : kind === 'DEPT_ECONOMIC' ? 'deptEconCode' : 'govEconCode';
  const rows = await db.expenditureLine.groupBy({ by: [field], where: { year }, _count: { _all: true } });
  return new Map(rows.map((r) => [r[field], r._count._all]));
}

export async function planCatalogImport(db: Db, year: number, kind: CatalogKind, entries: readonly CatalogImportEntry[]): Promise<CatalogPlan> {
  const existing = await existingCodes(db, year, kind);
  const before = new Map(existing.map((e) => [e.code, e.name]));
  const incoming = new Map(entries.map((e) => [e.code, e.name]));
  const added = entries
    .filter((e) => !before.has(e.code))
    .map((e) => ({ code: e.code, name: e.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const renamed = entries
    .filter((e) => before.has(e.code) && before.get(e.code) !== e.name)
    .map((e) => ({ code: e.code, from: before.get(e.code)!, to: e.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const removed = existing.filter((e) => !incoming.has(e.code));
  const counts = await lineCounts(db, year, kind);
  const used = [...counts.keys()];
  const inUse = removed
    .map((e) => ({ ...e, lines: used.filter((u) => u.startsWith(e.code)).reduce((n, u) => n + counts.get(u)!, 0) }))
    .filter((e) => e.lines > 0);
  const removedCodes = removed.map((e) => e.code);
  const mappingRowsRemoved =
    kind === 'FUNCTION' || removedCodes.length === 0
      ? 0
      : await db.econMapping.count({
          where:
            kind === 'DEPT_ECONOMIC'
              ? { year, deptCode: { in: removedCodes } }
              : { year, OR: [{ govCodeAdmin: { in: removedCodes } }, { govCodeInstitution: { in: removedCodes } }] },
        });
  const unchanged = entries.length - added.length - renamed.length;
  const digest = createHash('sha256').update(JSON.stringify({ year, kind, added, renamed, removed, mappingRowsRemoved })).digest('hex').slice(0, 32);
  return { year, kind, added, renamed, removed, unchanged, inUse, mappingRowsRemoved, digest };
}

const list = (codes: string[], max = 30) => `${codes.slice(0, max).join('、')}${codes.length > max ? `等${codes.length}个` : ''}`;

/** The plan in Chinese, one line per kind of change (the page and the CLI print the same). */
export function describeCatalogPlan(p: CatalogPlan): string[] {
  const out = [
    `${p.year}年${CATALOG_KIND_LABELS[p.kind]}：新增 ${p.added.length} 条，更名 ${p.renamed.length} 条，删除 ${p.removed.length} 条，未变 ${p.unchanged} 条`,
  ];
  if (p.added.length) out.push(`新增：${list(p.added.map((e) => `${e.code} ${e.name}`))}`);
  if (p.renamed.length) out.push(`更名：${list(p.renamed.map((e) => `${e.code} ${e.from}→${e.to}`))}`);
  if (p.removed.length) out.push(`删除：${list(p.removed.map((e) => `${e.code} ${e.name}`))}`);
  if (p.mappingRowsRemoved) out.push(`同时删除经济科目对照关系 ${p.mappingRowsRemoved} 条`);
  if (p.inUse.length) out.push(inUseMessage(p));
  return out;
}

export function inUseMessage(p: CatalogPlan): string {
  return `文件缺少以下仍被支出明细使用的科目，不能删除，未做任何修改：${list(
    p.inUse.map((e) => `${e.code} ${e.name}（${e.lines}行）`),
    50,
  )}`;
}
