import type { Prisma } from '../../lib/generated/prisma/client';
import { importCatalog } from '../../lib/catalog/import-catalog';
import type { Actor } from '../../lib/audit/write-audit';
import { validateCatalogRows, type CatalogKind } from '../../lib/domain/catalog/validate-catalog';
import { loadCatalogRows, loadEconMapping, loadFundingSources } from '../seed-data/catalogs/load-catalogs';
import { FISCAL_SOURCES } from '../../lib/domain/types';

const KINDS: CatalogKind[] = ['FUNCTION', 'DEPT_ECONOMIC', 'GOV_ECONOMIC'];

/**
 * Loads the shipped catalogues of `fromYear` into `year` through the same validation and import path
 * an admin uses (a new year starts from the previous year's catalogue until its own is imported).
 */
export async function seedCatalogs(db: Prisma.TransactionClient, actor: Actor, year: number, fromYear = year): Promise<void> {
  for (const kind of KINDS) {
    const rows = loadCatalogRows(fromYear, kind).map((r, i) => ({ rowNumber: i + 2, ...r }));
    const v = validateCatalogRows(kind, rows);
    if (!v.ok) throw new Error(`内置${kind}科目表有误：${v.errors.map((e) => e.message).join('；')}`);
    await importCatalog(db, actor, year, kind, v.entries);
  }
  await db.econMapping.createMany({ data: loadEconMapping(fromYear).map((m) => ({ year, ...m })), skipDuplicates: true });
  for (const s of loadFundingSources(fromYear)) {
    await db.fundingSource.upsert({
      where: { code: s.code },
      create: { code: s.code, name: s.name, isFiscal: FISCAL_SOURCES.includes(s.code) },
      update: {},
    });
  }
}
