import type { PrismaClient } from '../generated/prisma/client';
import type { Actor } from '../audit/write-audit';
import { validateCatalogRows, type CatalogError, type CatalogKind } from '../domain/catalog/validate-catalog';
import { importCatalog, type CatalogImportOptions, type CatalogImportResult } from './import-catalog';
import { parseCatalogFile } from './parse-catalog-file';
import { planCatalogImport, type CatalogPlan } from './plan-catalog-import';

export type CatalogFileImport = { ok: true; result: CatalogImportResult } | { ok: false; errors: CatalogError[] };

export type CatalogFilePreview = { ok: true; plan: CatalogPlan } | { ok: false; errors: CatalogError[] };

/** Reads and validates a catalogue file and says what importing it would change; writes nothing. */
export async function previewCatalogFile(db: PrismaClient, year: number, kind: CatalogKind, file: string): Promise<CatalogFilePreview> {
  const v = validateCatalogRows(kind, await parseCatalogFile(file));
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, plan: await planCatalogImport(db, year, kind, v.entries) };
}

/** Reads, validates and imports a catalogue file; a file with any bad row changes nothing. Removals need confirmRemovals. */
export async function importCatalogFile(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  file: string,
  opts: CatalogImportOptions = {},
): Promise<CatalogFileImport> {
  const rows = await parseCatalogFile(file);
  const v = validateCatalogRows(kind, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, result: await importCatalog(db, actor, year, kind, v.entries, opts) };
}
