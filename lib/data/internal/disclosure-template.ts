import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { DEFAULT_TEMPLATE_ID, isTemplateId, type TemplateId } from '../../domain/templates';
import { templateFixedPhrases, type PhraseOverrides } from '../../domain/templates/fixed-phrases';
import type { GlossaryItem } from '../../document/frozen/frozen-version-format';

type Db = PrismaClient | Prisma.TransactionClient;

/** The template a year's drafts derive and its versions freeze in (山西 for a year not in the table). */
export async function yearTemplateId(db: Db, year: number): Promise<TemplateId> {
  const fy = await db.fiscalYear.findUnique({ where: { year }, select: { templateId: true } });
  if (!fy) return DEFAULT_TEMPLATE_ID;
  if (!isTemplateId(fy.templateId)) throw new Error(`预算年度 ${year} 的公开模板无效：${fy.templateId}`);
  return fy.templateId;
}

/** The template's default 名词解释 as it stands (what a year without its own list prints). */
export async function templateGlossary(db: Db, templateId: TemplateId): Promise<GlossaryItem[]> {
  return db.glossaryEntry.findMany({ where: { templateId }, orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } });
}

/** The 名词解释 a year prints: its own list for its template when it has one, else the template's. */
export async function yearGlossary(db: Db, year: number, templateId: TemplateId): Promise<GlossaryItem[]> {
  const own = await db.yearGlossaryEntry.findMany({
    where: { year, templateId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { term: true, definition: true },
  });
  return own.length > 0 ? own : templateGlossary(db, templateId);
}

/** A year's overrides of its template's fixed phrases (keys the template no longer has are left out). */
export async function yearPhraseOverrides(db: Db, year: number, templateId: TemplateId): Promise<PhraseOverrides> {
  const rows = await db.yearTemplatePhrase.findMany({ where: { year, templateId }, orderBy: { phraseKey: 'asc' } });
  const known = new Set(templateFixedPhrases(templateId).map((p) => p.key));
  return Object.fromEntries(rows.filter((r) => known.has(r.phraseKey)).map((r) => [r.phraseKey, r.text]));
}

export interface YearTemplateTexts {
  templateId: TemplateId;
  glossary: GlossaryItem[];
  phrases: PhraseOverrides;
}

/** What a year's drafts derive and its versions freeze with: its template, 名词解释 and phrase overrides. */
export async function yearTemplateTexts(db: Db, year: number): Promise<YearTemplateTexts> {
  // Sequential: `db` may be a transaction client, which runs one query at a time.
  const templateId = await yearTemplateId(db, year);
  const glossary = await yearGlossary(db, year, templateId);
  const phrases = await yearPhraseOverrides(db, year, templateId);
  return { templateId, glossary, phrases };
}
