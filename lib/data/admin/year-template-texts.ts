import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, notFound } from '../../errors/app-error';
import { templateLabel, type TemplateId } from '../../domain/templates';
import { phraseOverrideError, placeholdersOf, templateFixedPhrases } from '../../domain/templates/fixed-phrases';
import { templateGlossary, yearPhraseOverrides, yearTemplateId } from '../internal/disclosure-template';

// A year's 名词解释 and fixed phrases for the template the year uses. Editing them changes neither another
// year nor another template; versions already frozen keep the texts they were frozen with.
// The year's glossary is copied from the template's on its first edit (见 copyOnFirstEdit).

type Tx = Prisma.TransactionClient;

export interface YearPhraseRow {
  key: string;
  label: string;
  defaultText: string;
  /** The placeholders an override must keep, e.g. ['year', 'scope']. */
  placeholders: string[];
  override: string | null;
}

export interface YearTemplateSettings {
  year: number;
  templateId: TemplateId;
  templateLabel: string;
  /** 'year': the year's own list is in force; 'template': the template's default list. */
  glossarySource: 'year' | 'template';
  glossary: { term: string; definition: string; sortOrder: number }[];
  phrases: YearPhraseRow[];
}

async function requireYear(db: PrismaClient | Tx, year: number): Promise<TemplateId> {
  const fy = await db.fiscalYear.findUnique({ where: { year }, select: { year: true } });
  if (!fy) throw notFound(`预算年度 ${year}`);
  return yearTemplateId(db, year);
}

/** What the admin sees on a year's 模板文字 page. */
export async function getYearTemplateSettings(db: PrismaClient, user: SessionUser | null, year: number): Promise<YearTemplateSettings> {
  assertCan(user, 'fiscalYear.manage');
  const templateId = await requireYear(db, year);
  const own = await db.yearGlossaryEntry.findMany({ where: { year, templateId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const defaults = own.length > 0 ? [] : await db.glossaryEntry.findMany({ where: { templateId }, orderBy: { sortOrder: 'asc' } });
  const overrides = await yearPhraseOverrides(db, year, templateId);
  return {
    year,
    templateId,
    templateLabel: templateLabel(templateId),
    glossarySource: own.length > 0 ? 'year' : 'template',
    glossary: (own.length > 0 ? own : defaults).map((e) => ({ term: e.term, definition: e.definition, sortOrder: e.sortOrder })),
    phrases: templateFixedPhrases(templateId).map((p) => ({
      key: p.key,
      label: p.label,
      defaultText: p.text,
      placeholders: placeholdersOf(p.text),
      override: overrides[p.key] ?? null,
    })),
  };
}

/** Gives the year its own copy of the template's list (once); returns whether it copied. */
async function copyOnFirstEdit(tx: Tx, year: number, templateId: TemplateId): Promise<boolean> {
  if ((await tx.yearGlossaryEntry.count({ where: { year, templateId } })) > 0) return false;
  const defaults = await templateGlossary(tx, templateId);
  await tx.yearGlossaryEntry.createMany({ data: defaults.map((e, i) => ({ year, templateId, term: e.term, definition: e.definition, sortOrder: i + 1 })) });
  return true;
}

export interface YearGlossaryInput {
  year: number;
  /** The entry's term before the edit; absent for a new entry. */
  originalTerm?: string;
  term: string;
  definition: string;
  sortOrder: number;
}

/** Creates or edits an entry of the year's 名词解释 (the first edit starts from a copy of the template's list). */
export async function saveYearGlossaryEntry(db: PrismaClient, user: SessionUser | null, input: YearGlossaryInput): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  const term = input.term.trim();
  const definition = input.definition.trim();
  if (!term || term.length > 100) throw invalid('名词：不能为空且不超过100字', [{ field: '名词', message: '不能为空且不超过100字' }]);
  if (!definition || definition.length > 2000) throw invalid('解释：不能为空且不超过2000字', [{ field: '解释', message: '不能为空且不超过2000字' }]);
  if (!Number.isInteger(input.sortOrder) || input.sortOrder < 0 || input.sortOrder > 9999)
    throw invalid('排序：应为0至9999之间的整数', [{ field: '排序', message: '应为0至9999之间的整数' }]);
  await db.$transaction(async (tx) => {
    const templateId = await requireYear(tx, input.year);
    const copied = await copyOnFirstEdit(tx, input.year, templateId);
    const where = (t: string) => ({ year_templateId_term: { year: input.year, templateId, term: t } });
    const clash = await tx.yearGlossaryEntry.findUnique({ where: where(term) });
    if (clash && clash.term !== input.originalTerm) throw conflict(`名词“${term}”已存在`);
    const audit = { entity: '名词解释', entityId: `${input.year}/${templateId}/${term}` };
    if (input.originalTerm === undefined) {
      await tx.yearGlossaryEntry.create({ data: { year: input.year, templateId, term, definition, sortOrder: input.sortOrder } });
      await writeAudit(tx, actorOf(user), {
        ...audit,
        action: 'year-glossary.create',
        after: { year: input.year, templateId, copiedFromTemplate: copied, term, definition },
      });
      return;
    }
    const old = await tx.yearGlossaryEntry.findUnique({ where: where(input.originalTerm) });
    if (!old) throw notFound(`名词“${input.originalTerm}”`);
    await tx.yearGlossaryEntry.update({ where: { id: old.id }, data: { term, definition, sortOrder: input.sortOrder } });
    await writeAudit(tx, actorOf(user), {
      ...audit,
      action: 'year-glossary.update',
      before: { year: input.year, templateId, term: old.term, definition: old.definition, sortOrder: old.sortOrder },
      after: { year: input.year, templateId, copiedFromTemplate: copied, term, definition, sortOrder: input.sortOrder },
    });
  });
}

/** Removes an entry from the year's own list; the last one cannot go (the year would print the template's list). */
export async function deleteYearGlossaryEntry(db: PrismaClient, user: SessionUser | null, year: number, term: string): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  await db.$transaction(async (tx) => {
    const templateId = await requireYear(tx, year);
    const copied = await copyOnFirstEdit(tx, year, templateId);
    const old = await tx.yearGlossaryEntry.findUnique({ where: { year_templateId_term: { year, templateId, term } } });
    if (!old) throw notFound(`名词“${term}”`);
    if ((await tx.yearGlossaryEntry.count({ where: { year, templateId } })) <= 1)
      throw invalid('名词解释：至少保留一条；要改用模板默认的名词解释，请点“恢复模板默认”', [{ field: '名词', message: '至少保留一条' }]);
    await tx.yearGlossaryEntry.delete({ where: { id: old.id } });
    await writeAudit(tx, actorOf(user), {
      action: 'year-glossary.delete',
      entity: '名词解释',
      entityId: `${year}/${templateId}/${term}`,
      before: { year, templateId, term: old.term, definition: old.definition, sortOrder: old.sortOrder },
      after: { copiedFromTemplate: copied },
    });
  });
}

/** The year prints the template's default 名词解释 again (its own list is removed). */
export async function resetYearGlossary(db: PrismaClient, user: SessionUser | null, year: number): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  await db.$transaction(async (tx) => {
    const templateId = await requireYear(tx, year);
    const own = await tx.yearGlossaryEntry.findMany({ where: { year, templateId }, orderBy: { sortOrder: 'asc' }, select: { term: true, definition: true } });
    if (own.length === 0) return;
    await tx.yearGlossaryEntry.deleteMany({ where: { year, templateId } });
    await writeAudit(tx, actorOf(user), { action: 'year-glossary.reset', entity: '名词解释', entityId: `${year}/${templateId}`, before: { entries: own } });
  });
}

/**
 * Sets (text) or removes (null: back to the template's default) the year's wording of one fixed phrase.
 * An override must keep every placeholder of the default: the figures stay computed.
 */
export async function saveYearPhrase(db: PrismaClient, user: SessionUser | null, year: number, key: string, text: string | null): Promise<void> {
  assertCan(user, 'fiscalYear.manage');
  await db.$transaction(async (tx) => {
    const templateId = await requireYear(tx, year);
    const phrase = templateFixedPhrases(templateId).find((p) => p.key === key);
    const wording = text?.trim() ?? null;
    const error = phraseOverrideError(templateId, key, wording ?? phrase?.text ?? '');
    if (error || !phrase) throw invalid(error ?? `固定表述：模板没有“${key}”这一项`, [{ field: phrase?.label ?? key, message: error ?? '无此表述' }]);
    const id = { year_templateId_phraseKey: { year, templateId, phraseKey: key } };
    const old = await tx.yearTemplatePhrase.findUnique({ where: id });
    // The default's own wording is no override.
    const next = wording === null || wording === phrase.text ? null : wording;
    if ((old?.text ?? null) === next) return;
    if (next === null) await tx.yearTemplatePhrase.delete({ where: id });
    else await tx.yearTemplatePhrase.upsert({ where: id, create: { year, templateId, phraseKey: key, text: next }, update: { text: next } });
    await writeAudit(tx, actorOf(user), {
      action: next === null ? 'year-phrase.reset' : 'year-phrase.update',
      entity: '固定表述',
      entityId: `${year}/${templateId}/${key}`,
      before: { label: phrase.label, text: old?.text ?? null },
      after: { label: phrase.label, text: next },
    });
  });
}
