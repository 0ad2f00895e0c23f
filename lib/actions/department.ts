'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { publishDepartment } from '../data/department/publish-department';
import { runAction, zodMessage, type ActionState } from './action-result';

const LABELS = { department: '部门', year: '预算年度', note: '更正说明' };

const schema = z.object({
  department: z.string().regex(/^[0-9A-Za-z]{1,40}$/, '部门编码无效'),
  year: z.coerce.number().int('预算年度无效').min(2000, '预算年度无效').max(2100, '预算年度无效'),
  note: z.string().trim().max(2000, '不能超过2000字').optional(),
});

/** 公开部门预算 (or its 更正版本) from the department review page. */
export async function publishDepartmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = schema.safeParse({ department: form.get('department'), year: form.get('year'), note: form.get('note') || undefined });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  const { department, year, note } = p.data;
  const r = await runAction('部门预算已公开', () => publishDepartment(prisma(), user, department, year, { correctionNote: note }));
  if (r.ok) {
    revalidatePath('/review/departments');
    revalidatePath('/public', 'layout');
  }
  return r;
}
