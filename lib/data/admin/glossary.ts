import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, notFound } from '../../errors/app-error';

export async function listGlossary(db: PrismaClient, user: SessionUser | null) {
  assertCan(user, 'glossary.manage');
  return db.glossaryEntry.findMany({ orderBy: { sortOrder: 'asc' } });
}

/** Creates (no id) or edits a 名词解释 entry. */
export async function saveGlossaryEntry(
  db: PrismaClient,
  user: SessionUser | null,
  input: { id?: number; term: string; definition: string; sortOrder: number },
): Promise<void> {
  assertCan(user, 'glossary.manage');
  const term = input.term.trim();
  const definition = input.definition.trim();
  if (!term || term.length > 100) throw invalid('名词：不能为空且不超过100字', [{ field: '名词', message: '不能为空且不超过100字' }]);
  if (!definition || definition.length > 2000) throw invalid('解释：不能为空且不超过2000字', [{ field: '解释', message: '不能为空且不超过2000字' }]);
  await db.$transaction(async (tx) => {
    const clash = await tx.glossaryEntry.findUnique({ where: { term } });
    if (clash && clash.id !== input.id) throw conflict(`名词“${term}”已存在`);
    const actor = actorOf(user);
    if (input.id === undefined) {
      const row = await tx.glossaryEntry.create({ data: { term, definition, sortOrder: input.sortOrder } });
      await writeAudit(tx, actor, { action: 'glossary.create', entity: '名词解释', entityId: String(row.id), after: { term, definition } });
      return;
    }
    const old = await tx.glossaryEntry.findUnique({ where: { id: input.id } });
    if (!old) throw notFound('名词解释');
    await tx.glossaryEntry.update({ where: { id: input.id }, data: { term, definition, sortOrder: input.sortOrder } });
    await writeAudit(tx, actor, {
      action: 'glossary.update',
      entity: '名词解释',
      entityId: String(input.id),
      before: { term: old.term, definition: old.definition, sortOrder: old.sortOrder },
      after: { term, definition, sortOrder: input.sortOrder },
    });
  });
}
