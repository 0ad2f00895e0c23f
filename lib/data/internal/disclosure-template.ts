import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { DEFAULT_TEMPLATE_ID, isTemplateId, type TemplateId } from '../../domain/templates';
import type { GlossaryItem } from '../../document/frozen/frozen-version-format';

type Db = PrismaClient | Prisma.TransactionClient;

/** The template a year's drafts derive and its versions freeze in (山西 for a year not in the table). */
export async function yearTemplateId(db: Db, year: number): Promise<TemplateId> {
  const fy = await db.fiscalYear.findUnique({ where: { year }, select: { templateId: true } });
  if (!fy) return DEFAULT_TEMPLATE_ID;
  if (!isTemplateId(fy.templateId)) throw new Error(`预算年度 ${year} 的公开模板无效：${fy.templateId}`);
  return fy.templateId;
}

/** The 名词解释 of a template as it stands (what a version freezes). */
export async function templateGlossary(db: Db, templateId: TemplateId): Promise<GlossaryItem[]> {
  return db.glossaryEntry.findMany({ where: { templateId }, orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } });
}
