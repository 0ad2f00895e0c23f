import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { invalid, notFound } from '../../errors/app-error';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, MAX_SHORT_TEXT, parseOrThrow, textSchema, versionSchema } from './field-rules';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The file's real type from its bytes: PDF by its %PDF- signature, text when it is valid UTF-8 without binary control bytes. */
export function sniffAttachmentType(bytes: Uint8Array): 'application/pdf' | 'text/plain' | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') return 'application/pdf';
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return null;
    return 'text/plain';
  } catch {
    return null;
  }
}

const schema = z.object({
  budgetId: idSchema,
  expectedVersion: versionSchema,
  title: textSchema('附件标题', MAX_SHORT_TEXT, { required: true }),
  fileName: textSchema('文件名', 255, { required: true }),
});
export type UploadAttachmentInput = z.input<typeof schema> & { content: Uint8Array };

export async function uploadAttachment(db: PrismaClient, user: SessionUser, raw: UploadAttachmentInput): Promise<{ version: number; id: string }> {
  const input = parseOrThrow(schema, raw, '附件');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const content = raw.content;
  if (!(content instanceof Uint8Array) || content.byteLength === 0) throw invalid('附件文件为空', [{ field: 'file', message: '附件文件为空' }]);
  if (content.byteLength > MAX_ATTACHMENT_BYTES) throw invalid('附件文件不能超过10MB', [{ field: 'file', message: '附件文件不能超过10MB' }]);
  const mimeType = sniffAttachmentType(content);
  if (!mimeType) throw invalid('附件只能是PDF或纯文本（UTF-8）文件', [{ field: 'file', message: '附件只能是PDF或纯文本（UTF-8）文件' }]);
  const { version, result } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const a = await tx.attachment.create({
      data: { budgetId: budget.id, title: input.title, fileName: input.fileName, mimeType, size: content.byteLength, content: Buffer.from(content) },
    });
    await writeAudit(tx, actorOf(user), {
      action: 'attachment.upload',
      entity: '附件',
      entityId: a.id,
      budgetId: budget.id,
      after: { title: a.title, fileName: a.fileName, mimeType, size: a.size },
    });
    return a.id;
  });
  return { version, id: result };
}

const deleteSchema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, attachmentId: z.string().uuid({ error: '附件编号无效' }) });

export async function deleteAttachment(db: PrismaClient, user: SessionUser, raw: z.input<typeof deleteSchema>): Promise<{ version: number }> {
  const input = parseOrThrow(deleteSchema, raw, '删除附件');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const a = await tx.attachment.findFirst({
      where: { id: input.attachmentId, budgetId: budget.id },
      select: { id: true, title: true, fileName: true, mimeType: true, size: true },
    });
    if (!a) throw notFound('附件');
    await tx.attachment.delete({ where: { id: a.id } });
    await writeAudit(tx, actorOf(user), { action: 'attachment.delete', entity: '附件', entityId: a.id, budgetId: budget.id, before: a });
  });
  return { version };
}
