'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { approveBudget } from '../data/workflow/approve-budget';
import { budgetReviewLevels } from '../data/workflow/budget-review-levels';
import { forwardBudget } from '../data/workflow/forward-budget';
import { publishBudget } from '../data/workflow/publish-budget';
import { pregenerateExports } from '../export/pregenerate-exports';
import { reopenForCorrection } from '../data/workflow/reopen-for-correction';
import { returnBudget } from '../data/workflow/return-budget';
import { markReviewCommentResolved, reopenReviewComment } from '../data/workflow/resolve-review-comment';
import { submitBudget } from '../data/workflow/submit-budget';
import { runAction, zodMessage, type ActionState } from './action-result';

const budgetId = z.string().uuid('预算编号无效');
const LABELS = { budgetId: '预算', text: '审核意见', target: '意见对象', targetRef: '对象编号', note: '更正说明', reason: '更正原因' };

function refresh(id: string) {
  revalidatePath(`/workflow/${id}`);
  revalidatePath('/review');
  revalidatePath('/my-budgets');
  revalidatePath('/budgets/[org]/[year]', 'page'); // the workspace shows the status and offers 提交审核
}

export async function submitBudgetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ budgetId }).safeParse({ budgetId: form.get('budgetId') });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  let levels = 1;
  const r = await runAction('已提交', async () => {
    await submitBudget(prisma(), user, p.data.budgetId);
    levels = await budgetReviewLevels(prisma(), user, p.data.budgetId);
  });
  if (!r.ok) return r;
  refresh(p.data.budgetId);
  return { ...r, message: levels === 2 ? '已提交，等待主管部门审核' : '已提交，等待财政局审核' };
}

const commentSchema = z.object({
  target: z.enum(['GENERAL', 'TABLE', 'LINE', 'PROJECT'], { message: '请选择意见对象' }),
  targetRef: z.string().trim().max(100, '不能超过100字').nullish(),
  text: z.string().max(2000, '意见内容不能超过2000字'),
});

/** The typed comments, posted as one JSON field `comments` (the form keeps them on screen whatever the answer). */
function parseComments(raw: FormDataEntryValue | null): z.infer<typeof commentSchema>[] | ActionState {
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : '[]');
  } catch {
    return { ok: false, message: '审核意见：格式无效' };
  }
  const p = z.array(commentSchema).safeParse(value);
  if (p.success) return p.data;
  const fieldErrors = p.error.issues.map((i) => ({ field: typeof i.path[0] === 'number' ? `审核意见${i.path[0] + 1}` : '审核意见', message: i.message }));
  return { ok: false, message: fieldErrors.map((f) => `${f.field}：${f.message}`).join('；'), fieldErrors };
}

export async function returnBudgetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const id = budgetId.safeParse(form.get('budgetId'));
  if (!id.success) return zodMessage(id.error.issues, LABELS);
  const comments = parseComments(form.get('comments'));
  if (!Array.isArray(comments)) return comments;
  const user = await getSessionUser();
  const r = await runAction(`已退回修改，${comments.length}条审核意见已送达填报人`, () => returnBudget(prisma(), user, id.data, comments));
  if (r.ok) refresh(id.data);
  return r;
}

const commentForm = (form: FormData) =>
  z.object({ budgetId, commentId: z.string().uuid('审核意见编号无效') }).safeParse({ budgetId: form.get('budgetId'), commentId: form.get('commentId') });

export async function markCommentResolvedAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = commentForm(form);
  if (!p.success) return zodMessage(p.error.issues, { ...LABELS, commentId: '审核意见' });
  const user = await getSessionUser();
  const r = await runAction('已标记为已处理', () => markReviewCommentResolved(prisma(), user, p.data.commentId));
  if (r.ok) refresh(p.data.budgetId);
  return r;
}

export async function reopenCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = commentForm(form);
  if (!p.success) return zodMessage(p.error.issues, { ...LABELS, commentId: '审核意见' });
  const user = await getSessionUser();
  const r = await runAction('已撤销“已处理”标记', () => reopenReviewComment(prisma(), user, p.data.commentId));
  if (r.ok) refresh(p.data.budgetId);
  return r;
}

export async function forwardBudgetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ budgetId }).safeParse({ budgetId: form.get('budgetId') });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  const r = await runAction('已转报财政，等待财政局审核', () => forwardBudget(prisma(), user, p.data.budgetId));
  if (r.ok) refresh(p.data.budgetId);
  return r;
}

export async function approveBudgetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ budgetId }).safeParse({ budgetId: form.get('budgetId') });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  const r = await runAction('已批复', () => approveBudget(prisma(), user, p.data.budgetId));
  if (r.ok) refresh(p.data.budgetId);
  return r;
}

export async function publishBudgetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({ budgetId, note: z.string().trim().max(2000, '不能超过2000字').optional() })
    .safeParse({ budgetId: form.get('budgetId'), note: form.get('note') || undefined });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  const r = await runAction('已公开', async () => {
    const published = await publishBudget(prisma(), user, p.data.budgetId, { correctionNote: p.data.note });
    pregenerateExports(prisma(), published.versionId);
  });
  if (r.ok) refresh(p.data.budgetId);
  return r;
}

export async function reopenForCorrectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({ budgetId, reason: z.string().trim().min(1, '请填写更正原因').max(2000, '不能超过2000字') })
    .safeParse({ budgetId: form.get('budgetId'), reason: form.get('reason') ?? '' });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const user = await getSessionUser();
  const r = await runAction('已发起更正，预算退回填报人修改', () => reopenForCorrection(prisma(), user, p.data.budgetId, p.data.reason));
  if (r.ok) refresh(p.data.budgetId);
  return r;
}
