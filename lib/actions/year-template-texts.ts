'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { deleteYearGlossaryEntry, resetYearGlossary, saveYearGlossaryEntry, saveYearPhrase } from '../data/admin/year-template-texts';
import { runAction, zodMessage, type ActionState } from './action-result';

const LABELS: Record<string, string> = { year: '预算年度', term: '名词', definition: '解释', sortOrder: '排序', key: '固定表述', text: '表述' };
const year = z.coerce.number().int('预算年度无效');
const settingsPath = (y: number) => `/admin/years/${y}/template`;

export async function saveYearGlossaryEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({
      year,
      originalTerm: z.string().optional(),
      term: z.string().trim().min(1, '不能为空').max(100, '不超过100字'),
      definition: z.string().trim().min(1, '不能为空').max(2000, '不超过2000字'),
      sortOrder: z.coerce.number().int('应为整数').min(0, '不小于0').max(9999, '不大于9999'),
    })
    .safeParse({
      year: form.get('year'),
      originalTerm: form.get('originalTerm') || undefined,
      term: form.get('term') ?? '',
      definition: form.get('definition') ?? '',
      sortOrder: form.get('sortOrder') ?? '0',
    });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction('名词解释已保存（仅本年度）', async () => saveYearGlossaryEntry(prisma(), await getSessionUser(), p.data));
  if (r.ok) revalidatePath(settingsPath(p.data.year));
  return r;
}

export async function deleteYearGlossaryEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ year, term: z.string().min(1, '不能为空') }).safeParse({ year: form.get('year'), term: form.get('term') ?? '' });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction('名词已删除（仅本年度）', async () => deleteYearGlossaryEntry(prisma(), await getSessionUser(), p.data.year, p.data.term));
  if (r.ok) revalidatePath(settingsPath(p.data.year));
  return r;
}

export async function resetYearGlossaryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = year.safeParse(form.get('year'));
  if (!p.success)
    return zodMessage(
      p.error.issues.map((i) => ({ ...i, path: ['year'] })),
      LABELS,
    );
  const r = await runAction('已恢复为模板默认的名词解释', async () => resetYearGlossary(prisma(), await getSessionUser(), p.data));
  if (r.ok) revalidatePath(settingsPath(p.data));
  return r;
}

export async function saveYearPhraseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({ year, key: z.string().min(1, '不能为空'), text: z.string().max(500, '不超过500字'), reset: z.boolean() })
    .safeParse({ year: form.get('year'), key: form.get('key') ?? '', text: form.get('text') ?? '', reset: form.get('reset') === '1' });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { reset, text } = p.data;
  const r = await runAction(reset ? '已恢复模板默认表述' : '表述已保存（仅本年度）', async () =>
    saveYearPhrase(prisma(), await getSessionUser(), p.data.year, p.data.key, reset ? null : text),
  );
  if (r.ok) revalidatePath(settingsPath(p.data.year));
  return r;
}
