import type { Prisma } from '../generated/prisma/client';

export interface CopiedCatalogs {
  fromYear: number | null;
  functions: number;
  deptEconomic: number;
  govEconomic: number;
  mapping: number;
}

const byLevel = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));

/**
 * Copies the catalogues and the economic mapping of the latest earlier year that has any into `year` (retired
 * entries stay retired), inside the caller's transaction. A year before every other one starts empty.
 */
export async function copyPreviousYearCatalogs(tx: Prisma.TransactionClient, year: number): Promise<CopiedCatalogs> {
  const source = await tx.functionSubject.findFirst({ where: { year: { lt: year } }, orderBy: { year: 'desc' }, select: { year: true } });
  if (!source) return { fromYear: null, functions: 0, deptEconomic: 0, govEconomic: 0, mapping: 0 };
  const from = source.year;
  const select = { code: true, name: true, parentCode: true, retiredAt: true } as const;
  const rows = async <T extends { code: string }>(find: Promise<T[]>) => byLevel(await find).map((r) => ({ ...r, year }));
  // Sequential: a transaction client runs one query at a time.
  const functions = await tx.functionSubject.createMany({ data: await rows(tx.functionSubject.findMany({ where: { year: from }, select })) });
  const deptEconomic = await tx.deptEconSubject.createMany({ data: await rows(tx.deptEconSubject.findMany({ where: { year: from }, select })) });
  const govEconomic = await tx.govEconSubject.createMany({ data: await rows(tx.govEconSubject.findMany({ where: { year: from }, select })) });
  const mappingRows = await tx.econMapping.findMany({ where: { year: from }, select: { deptCode: true, govCodeAdmin: true, govCodeInstitution: true } });
  const mapping = await tx.econMapping.createMany({ data: mappingRows.map((m) => ({ ...m, year })) });
  return { fromYear: from, functions: functions.count, deptEconomic: deptEconomic.count, govEconomic: govEconomic.count, mapping: mapping.count };
}
