import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, notFound } from '../../errors/app-error';
import { DEFAULT_TEMPLATE_ID, isTemplateId } from '../../domain/templates';

function assertTemplate(templateId: string): void {
  if (!isTemplateId(templateId)) throw invalid(`公开模板：无效的模板“${templateId}”`, [{ field: '公开模板', message: '请选择列出的模板' }]);
}

/** The 名词解释 of one template (each template's entries are its own). */
export async function listGlossary(db: PrismaClient, user: SessionUser | null, templateId: string = DEFAULT_TEMPLATE_ID) {
  assertCan(user, 'glossary.manage');
  assertTemplate(templateId);
  return db.glossaryEntry.findMany({ where: { templateId }, orderBy: { sortOrder: 'asc' } });
}

/** Creates (no id) or edits a 名词解释 entry of one template. */
export async function saveGlossaryEntry(
  db: PrismaClient,
  user: SessionUser | null,
  input: { id?: number; templateId?: string; term: string; definition: string; sortOrder: number },
): Promise<void> {
  assertCan(user, 'glossary.manage');
  const templateId = input.templateId ?? DEFAULT_TEMPLATE_ID;
  assertTemplate(templateId);
  const term = input.term.trim();
  const definition = input.definition.trim();
  if (!term || term.length > 100) throw invalid('名词：不能为空且不超过100字', [{ field: '名词', message: '不能为空且不超过100字' }]);
  if (!definition || definition.length > 2000) throw invalid('解释：不能为空且不超过2000字', [{ field: '解释', message: '不能为空且不超过2000字' }]);
  await db.$transaction(async (tx) => {
    const clash = await tx.glossaryEntry.findUnique({ where: { templateId_term: { templateId, term } } });
    if (clash && clash.id !== input.id) throw conflict(`名词“${term}”已存在`);
    const actor = actorOf(user);
    if (input.id === undefined) {
      const row = await tx.glossaryEntry.create({ data: { templateId, term, definition, sortOrder: input.sortOrder } });
      await writeAudit(tx, actor, { action: 'glossary.create', entity: '名词解释', entityId: String(row.id), after: { templateId, term, definition } });
      return;
    }
    const old = await tx.glossaryEntry.findUnique({ where: { id: input.id } });
    if (!old || old.templateId !== templateId) throw notFound('名词解释');
    await tx.glossaryEntry.update({ where: { id: input.id }, data: { term, definition, sortOrder: input.sortOrder } });
    await writeAudit(tx, actor, {
      action: 'glossary.update',
      entity: '名词解释',
      entityId: String(input.id),
      before: { templateId, term: old.term, definition: old.definition, sortOrder: old.sortOrder },
      after: { templateId, term, definition, sortOrder: input.sortOrder },
    });
  });
}
