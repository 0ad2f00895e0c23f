import 'server-only';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { YearCatalogs } from '../../domain/types';

type Db = PrismaClient | Prisma.TransactionClient;

/** The stamp as compared: the database's token and name, and the version. */
const STAMP = Prisma.raw(`token::text || ':' || current_database() || ':' || version::text`);

const entries = z.array(z.object({ code: z.string(), name: z.string() }));
const mapping = z.array(z.object({ deptCode: z.string(), govCodeAdmin: z.string(), govCodeInstitution: z.string() }));
const loaded = z.object({
  stamp: z.string().nullable(),
  functions: entries,
  deptEconomic: entries,
  govEconomic: entries,
  econMapping: mapping,
  retired: z.array(z.string()),
});

/**
 * A year's catalogues with its retired (停用) codes of every kind, sorted: not offered for new lines, still resolved for
 * existing ones. Function, 部门 and 政府 codes start with 2, 3 and 5: they never collide.
 */
export interface YearCatalogsWithRetired {
  catalogs: YearCatalogs;
  retiredCodes: readonly string[];
}

/**
 * A year's catalogues as last read, with the catalog_stamp they were read with. Every change of a subject
 * table or of the mapping replaces the stamp in its own transaction (migration 20261130017000_catalog_stamp), so a copy is
 * served only while the database still shows the same stamp: another app instance's catalogue import
 * makes the next read here reload. Shared copies are frozen.
 */
const cache = new Map<number, { stamp: string } & YearCatalogsWithRetired>();

function frozen<T extends object>(list: T[]): T[] {
  for (const e of list) Object.freeze(e);
  Object.freeze(list);
  return list;
}

/** The stamp, the three catalogues and the retired codes in one statement, hence one snapshot. */
async function readCatalogs(db: Db, year: number) {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT (SELECT ${STAMP} FROM catalog_stamp WHERE id = 1) AS stamp,
      (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name) ORDER BY code), '[]'::json)
         FROM function_subject WHERE year = ${year}) AS "functions",
      (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name) ORDER BY code), '[]'::json)
         FROM dept_econ_subject WHERE year = ${year}) AS "deptEconomic",
      (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name) ORDER BY code), '[]'::json)
         FROM gov_econ_subject WHERE year = ${year}) AS "govEconomic",
      (SELECT coalesce(json_agg(json_build_object('deptCode', dept_code, 'govCodeAdmin', gov_code_admin,
                'govCodeInstitution', gov_code_institution) ORDER BY dept_code), '[]'::json)
         FROM econ_mapping WHERE year = ${year}) AS "econMapping",
      (SELECT coalesce(json_agg(code), '[]'::json) FROM (
         SELECT code FROM function_subject WHERE year = ${year} AND retired_at IS NOT NULL
         UNION ALL SELECT code FROM dept_econ_subject WHERE year = ${year} AND retired_at IS NOT NULL
         UNION ALL SELECT code FROM gov_econ_subject WHERE year = ${year} AND retired_at IS NOT NULL) r) AS "retired"`;
  return loaded.parse(rows[0]);
}

/** The year's 功能科目 and 经济科目 catalogues in code order, with the 经济分类对照表, from the in-process copy while it is current. */
export async function loadYearCatalogs(db: Db, year: number): Promise<YearCatalogs> {
  return (await loadYearCatalogsWithRetired(db, year)).catalogs;
}

/** The year's catalogues and its retired codes, from the in-process copy while it is current. */
export async function loadYearCatalogsWithRetired(db: Db, year: number): Promise<YearCatalogsWithRetired> {
  const cached = cache.get(year);
  if (cached) {
    const rows = await db.$queryRaw<{ stamp: string }[]>`SELECT ${STAMP} AS stamp FROM catalog_stamp WHERE id = 1`;
    if (rows[0]?.stamp === cached.stamp) return { catalogs: cached.catalogs, retiredCodes: cached.retiredCodes };
  }
  const { stamp, functions, deptEconomic, govEconomic, econMapping, retired } = await readCatalogs(db, year);
  const catalogs = {
    functions: frozen(functions),
    deptEconomic: frozen(deptEconomic),
    govEconomic: frozen(govEconomic),
    econMapping: frozen(econMapping),
  };
  const result = { catalogs, retiredCodes: Object.freeze(retired.sort()) };
  if (stamp === null) cache.delete(year);
  else cache.set(year, { stamp, ...result });
  return result;
}
