import 'server-only';
import type { CommentTarget } from '../../generated/prisma/enums';
import type { UnitBudget } from '../../domain/types';
import { invalid, type FieldError } from '../../errors/app-error';

export interface CommentInput {
  target: CommentTarget;
  /** Table number (1–13), line key or project code, by target; absent for GENERAL. */
  targetRef?: string | null;
  text: string;
}

export const COMMENT_TARGET_LABELS: Record<CommentTarget, string> = {
  GENERAL: '总体意见',
  TABLE: '报表',
  LINE: '支出明细行',
  PROJECT: '项目',
};

export const MAX_COMMENTS_PER_RETURN = 50;

/**
 * Checks each comment's text and that its target exists in the submitted snapshot. Each error names the
 * comment as 审核意见N (N from 1, in the order given), which the form shows beside that comment.
 */
export function validateComments(comments: CommentInput[], snapshot: UnitBudget): CommentInput[] {
  const errors: FieldError[] = [];
  if (comments.length > MAX_COMMENTS_PER_RETURN) {
    throw invalid(`一次退回最多${MAX_COMMENTS_PER_RETURN}条审核意见`, [{ field: '审核意见', message: `最多${MAX_COMMENTS_PER_RETURN}条` }]);
  }
  const cleaned = comments.map((c, i) => {
    const text = c.text.trim();
    const ref = c.targetRef?.trim() || null;
    const field = `审核意见${i + 1}`;
    if (!text) errors.push({ field, message: '意见内容不能为空' });
    if (text.length > 2000) errors.push({ field, message: '意见内容不能超过2000字' });
    if (c.target !== 'GENERAL' && !ref) errors.push({ field, message: `请指明所针对的${COMMENT_TARGET_LABELS[c.target]}` });
    if (c.target === 'TABLE' && ref && !/^(?:[1-9]|1[0-3])$/.test(ref)) errors.push({ field, message: `报表编号“${ref}”应为1至13` });
    if (c.target === 'LINE' && ref && !snapshot.lines.some((l) => l.id === ref)) {
      errors.push({ field, message: `提交的预算中没有支出明细行“${ref}”` });
    }
    if (c.target === 'PROJECT' && ref && !snapshot.projects.some((p) => p.code === ref)) {
      errors.push({ field, message: `提交的预算中没有项目“${ref}”` });
    }
    return { target: c.target, targetRef: c.target === 'GENERAL' ? null : ref, text };
  });
  if (comments.length === 0) errors.push({ field: '审核意见', message: '退回修改须填写至少一条审核意见' });
  if (errors.length > 0) throw invalid(errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
  return cleaned;
}
