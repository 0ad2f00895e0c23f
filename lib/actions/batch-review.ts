'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { batchReview, type BatchUnitResult } from '../data/workflow/batch-review';
import { pregenerateExports } from '../export/pregenerate-exports';
import { runAction, zodMessage, type ActionState } from './action-result';

export interface BatchReviewState extends ActionState {
  results?: BatchUnitResult[];
}

const schema = z.object({
  action: z.enum(['approve', 'publish'], { message: '请选择批量操作' }),
  budgetIds: z.array(z.string().trim().min(1)).min(1, '请至少选择一个单位').max(200, '一次最多处理200个单位'),
});

/** 批量批复 / 批量公开 from the review queue: one result per selected unit. */
export async function batchReviewAction(_prev: BatchReviewState, form: FormData): Promise<BatchReviewState> {
  const p = schema.safeParse({ action: form.get('batchAction'), budgetIds: form.getAll('budgetId').map(String) });
  if (!p.success) return zodMessage(p.error.issues, { action: '批量操作', budgetIds: '单位' });
  const user = await getSessionUser();
  let results: BatchUnitResult[] = [];
  const r = await runAction('', async () => {
    results = await batchReview(prisma(), user, p.data.action, p.data.budgetIds);
  });
  if (!r.ok) return r;
  for (const u of results) if (u.publishedVersionId) pregenerateExports(prisma(), u.publishedVersionId);
  const done = results.filter((u) => u.ok).length;
  revalidatePath('/review');
  for (const u of results) if (u.ok) revalidatePath(`/workflow/${u.budgetId}`);
  return { ok: done === results.length, message: `已处理 ${results.length} 个单位：成功 ${done} 个，失败 ${results.length - done} 个`, results };
}
