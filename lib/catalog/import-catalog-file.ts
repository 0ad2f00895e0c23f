import type { PrismaClient } from '../generated/prisma/client';
import type { Actor } from '../audit/write-audit';
import { validateCatalogRows, type CatalogError, type CatalogKind } from '../domain/catalog/validate-catalog';
import { importCatalog, type CatalogImportResult } from './import-catalog';
import { parseCatalogFile } from './parse-catalog-file';

export type CatalogFileImport =
  | { ok: true; result: CatalogImportResult }
  | { ok: false; errors: CatalogError[] };

/** Reads, validates and imports a catalogue file; a file with any bad row changes nothing. */
export async function importCatalogFile(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  file: string,
): Promise<CatalogFileImport> {
  const rows = await parseCatalogFile(file);
  const v = validateCatalogRows(kind, rows);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, result: await importCatalog(db, actor, year, kind, v.entries) };
}
