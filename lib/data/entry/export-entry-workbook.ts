import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { loadYearCatalogsWithRetired } from '../budget/year-catalogs';
import { writeEntryWorkbook } from '../../excel/write-entry-workbook';

/** The entry workbook of a unit and year: an empty template, or the current budget in the same layout. */
export async function exportEntryWorkbook(
  db: PrismaClient,
  user: SessionUser,
  orgCode: string,
  year: number,
  mode: 'template' | 'export',
): Promise<{ fileName: string; content: Buffer }> {
  assertCan(user, 'budget.read');
  const org = await db.organization.findUnique({ where: { code: orgCode } });
  if (!org || !org.unitKind) throw notFound('单位');
  assertCanOnUnit(user, 'budget.read', org.id, '单位');
  const fy = await db.fiscalYear.findUnique({ where: { year } });
  if (!fy) throw notFound(`${year}预算年度`);
  const budget = await db.budget.findUnique({ where: { orgId_year: { orgId: org.id, year } } });
  if (mode === 'export' && !budget) throw notFound(`${org.name}${year}年度预算`);
  const data = mode === 'export' && budget ? await loadUnitBudget(db, budget.id) : null;
  const title = `${org.name}${year}年度预算${mode === 'export' ? '' : '填报模板'}`;
  // The drop-down lists offer what a new line may use: retired (停用) codes are left out.
  const { catalogs: all, retiredCodes } = await loadYearCatalogsWithRetired(db, year);
  const retired = new Set(retiredCodes);
  const active = (rows: { code: string; name: string }[]) => rows.filter((r) => !retired.has(r.code));
  const catalogs = { functions: active(all.functions), deptEconomic: active(all.deptEconomic), govEconomic: active(all.govEconomic) };
  const content = await writeEntryWorkbook(catalogs, data, title);
  return { fileName: `${org.code}-${year}-${mode === 'export' ? '预算导出' : '填报模板'}.xlsx`, content };
}
