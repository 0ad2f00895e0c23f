import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, notFound } from '../../errors/app-error';
import { copyPreviousYearCatalogs, type CopiedCatalogs } from '../../catalog/copy-year-catalogs';
import { isTemplateId, templateLabel } from '../../domain/templates';

export async function listFiscalYears(db: PrismaClient, user: SessionUser | null) {
  assertCan(user, 'fiscalYear.manage');
  return db.fiscalYear.findMany({ orderBy: { year: 'desc' }, include: { _count: { select: { budgets: true, functionSubjects: true } } } });
}

/** A new year starts from a copy of the latest earlier year's catalogues and economic mapping, in the same transaction. */
export async function createFiscalYear(db: PrismaClient, user: SessionUser | null, year: number): Promise<CopiedCatalogs> {
  assertCan(user, 'fiscalYear.manage');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('预算年度：应为2000至2100之间的年份', [{ field: '预算年度', message: '年份无效' }]);
  return db.$transaction(
    async (tx) => {
      if (await tx.fiscalYear.findUnique({ where: { year } })) throw conflict(`预算年度 ${year} 已存在`);
      await tx.fiscalYear.create({ data: { year, name: `${year}年度`, isOpen: true } });
      const copied = await copyPreviousYearCatalogs(tx, year);
      await writeAudit(tx, actorOf(user), {
        action: 'fiscal-year.create',
        entity: '预算年度',
        entityId: String(year),
        after: { year, catalogsCopied: copied },
      });
      return copied;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export async function setFiscalYearOpen(db: PrismaClient, user: SessionUser | null, year: number, isOpen: boolean): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  await db.$transaction(async (tx) => {
    const fy = await tx.fiscalYear.findUnique({ where: { year } });
    if (!fy) throw notFound(`预算年度 ${year}`);
    await tx.fiscalYear.update({ where: { year }, data: { isOpen } });
    await writeAudit(tx, actorOf(user), {
      action: isOpen ? 'fiscal-year.open' : 'fiscal-year.close',
      entity: '预算年度',
      entityId: String(year),
      before: { isOpen: fy.isOpen },
      after: { isOpen },
    });
  });
}

/**
 * Chooses the disclosure template a year's drafts derive and its versions freeze in. Versions already frozen
 * keep theirs (their document records it), so no stored figure or published document changes.
 */
export async function setFiscalYearTemplate(db: PrismaClient, user: SessionUser | null, year: number, templateId: string): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  if (!isTemplateId(templateId)) throw invalid(`公开模板：无效的模板“${templateId}”`, [{ field: '公开模板', message: '请选择列出的模板' }]);
  await db.$transaction(async (tx) => {
    const fy = await tx.fiscalYear.findUnique({ where: { year } });
    if (!fy) throw notFound(`预算年度 ${year}`);
    if (fy.templateId === templateId) return;
    await tx.fiscalYear.update({ where: { year }, data: { templateId } });
    await writeAudit(tx, actorOf(user), {
      action: 'fiscal-year.template',
      entity: '预算年度',
      entityId: String(year),
      before: { templateId: fy.templateId, template: templateLabel(fy.templateId) },
      after: { templateId, template: templateLabel(templateId) },
    });
  });
}
