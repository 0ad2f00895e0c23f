import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { addCatalogEntry, renameCatalogEntry, setCatalogEntryRetired, type CatalogEntryRow, type NewEntryMapping } from '../../catalog/edit-catalog-entry';
import type { CatalogKind } from '../../domain/catalog/validate-catalog';
import { notFound } from '../../errors/app-error';

export interface CatalogEntryView {
  code: string;
  name: string;
  retired: boolean;
}

/** One year's catalogue of one kind for the admin, retired entries included; codes starting with `prefix` when given. */
export async function listCatalogEntries(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  prefix = '',
): Promise<CatalogEntryView[]> {
  assertCan(user, 'catalog.manage');
  if (!(await db.fiscalYear.findUnique({ where: { year } }))) throw notFound(`预算年度 ${year}`);
  const args = { where: { year, code: { startsWith: prefix } }, orderBy: { code: 'asc' as const }, select: { code: true, name: true, retiredAt: true } };
  const rows =
    kind === 'FUNCTION'
      ? await db.functionSubject.findMany(args)
      : kind === 'DEPT_ECONOMIC'
        ? await db.deptEconSubject.findMany(args)
        : await db.govEconSubject.findMany(args);
  return rows.map((r) => ({ code: r.code, name: r.name, retired: r.retiredAt !== null }));
}

export async function addCatalogEntryAsAdmin(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  code: string,
  name: string,
  mapping?: NewEntryMapping,
): Promise<CatalogEntryRow> {
  assertCan(user, 'catalog.manage');
  return addCatalogEntry(db, actorOf(user), year, kind, code, name, mapping);
}

export async function renameCatalogEntryAsAdmin(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  code: string,
  name: string,
): Promise<CatalogEntryRow> {
  assertCan(user, 'catalog.manage');
  return renameCatalogEntry(db, actorOf(user), year, kind, code, name);
}

export async function setCatalogEntryRetiredAsAdmin(
  db: PrismaClient,
  user: SessionUser | null,
  year: number,
  kind: CatalogKind,
  code: string,
  retired: boolean,
): Promise<string[]> {
  assertCan(user, 'catalog.manage');
  return setCatalogEntryRetired(db, actorOf(user), year, kind, code, retired);
}
