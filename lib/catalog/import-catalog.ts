import type { PrismaClient } from '../generated/prisma/client';
import { CATALOG_KIND_LABELS, parentCodeOf, type CatalogKind } from '../domain/catalog/validate-catalog';
import { writeAudit, type Actor } from '../audit/write-audit';
import { invalidateYearSummaries } from '../data/budget/budget-summary';

export interface CatalogImportEntry {
  code: string;
  name: string;
}

export interface CatalogImportResult {
  inserted: number;
  renamed: number;
  unchanged: number;
  removed: number;
  keptInUse: string[]; // absent from the file but still used by budget lines
}

/**
 * Replaces one year's catalogue of one kind with already-validated entries, in one transaction with
 * its audit record: new codes are added (parents first), names updated, codes absent from the file
 * removed unless budget lines still use them.
 */
export async function importCatalog(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  entries: CatalogImportEntry[],
): Promise<CatalogImportResult> {
  const sorted = [...entries].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  return db.$transaction(async (tx) => {
    const fy = await tx.fiscalYear.findUnique({ where: { year } });
    if (!fy) throw new Error(`预算年度 ${year} 不存在，请先创建年度`);
    const table = kind === 'FUNCTION' ? tx.functionSubject : kind === 'DEPT_ECONOMIC' ? tx.deptEconSubject : tx.govEconSubject;
    const delegate = table as unknown as {
      findMany(a: object): Promise<{ code: string; name: string }[]>;
      create(a: object): Promise<unknown>;
      update(a: object): Promise<unknown>;
      deleteMany(a: object): Promise<{ count: number }>;
    };
    const existing = new Map((await delegate.findMany({ where: { year } })).map((e) => [e.code, e.name]));
    const result: CatalogImportResult = { inserted: 0, renamed: 0, unchanged: 0, removed: 0, keptInUse: [] };
    for (const e of sorted) {
      const old = existing.get(e.code);
      if (old === undefined) {
        await delegate.create({ data: { year, code: e.code, name: e.name, parentCode: parentCodeOf(e.code) } });
        result.inserted++;
      } else if (old !== e.name) {
        await delegate.update({ where: { year_code: { year, code: e.code } }, data: { name: e.name } });
        result.renamed++;
      } else result.unchanged++;
    }
    const incoming = new Set(sorted.map((e) => e.code));
    const absent = [...existing.keys()].filter((c) => !incoming.has(c)).sort((a, b) => b.length - a.length);
    const used = await usedCodes(tx, kind, year, absent);
    for (const code of absent) {
      if (used.has(code) || [...used].some((u) => u.startsWith(code))) {
        result.keptInUse.push(code);
        continue;
      }
      if (kind === 'DEPT_ECONOMIC') await tx.econMapping.deleteMany({ where: { year, deptCode: code } });
      if (kind === 'GOV_ECONOMIC')
        await tx.econMapping.deleteMany({ where: { year, OR: [{ govCodeAdmin: code }, { govCodeInstitution: code }] } });
      result.removed += (await delegate.deleteMany({ where: { year, code } })).count;
    }
    // The year's drafts may now pass or fail other code checks: their counts become 未计算.
    await invalidateYearSummaries(tx, year);
    await writeAudit(tx, actor, {
      action: 'catalog.import',
      entity: CATALOG_KIND_LABELS[kind],
      entityId: String(year),
      after: { year, kind, count: sorted.length, ...result },
    });
    return result;
  });
}

async function usedCodes(
  tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0],
  kind: CatalogKind,
  year: number,
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const field = kind === 'FUNCTION' ? 'functionCode' : kind === 'DEPT_ECONOMIC' ? 'deptEconCode' : 'govEconCode';
  const rows = await tx.expenditureLine.findMany({
    where: { year },
    select: { functionCode: true, deptEconCode: true, govEconCode: true },
    distinct: [field],
  });
  return new Set(rows.map((r) => r[field]));
}
