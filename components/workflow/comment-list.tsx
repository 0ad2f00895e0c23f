import Link from 'next/link';
import type { ReviewCommentView, ReviewComments } from '@/lib/data/workflow/list-review-comments';
import { markCommentResolvedAction, reopenCommentAction } from '@/lib/actions/workflow';
import { workspaceFocusHref } from '@/lib/document/workspace-links';
import { beijingDateTime } from '@/lib/format/beijing-time';
import { ActionForm } from './action-form';

function statusText(c: ReviewCommentView): string {
  if (c.resolution === 'EDITED') return '已处理（所指的行或项目已修改，重新提交时自动标记）';
  if (c.resolution === 'MARKED') return '已处理（填报人标记）';
  if (c.editedSinceReturn) return '已修改，重新提交时将自动标为已处理';
  return '未处理';
}

/**
 * The review comments of a budget, each with its target (linked into the workspace), its status and, for the
 * accountant while correcting the budget, a 已处理 button (and 撤销“已处理” on its own marks). `openOnly` lists only the comments still open.
 */
export function CommentList({
  data,
  budgetId,
  canResolve,
  openOnly = false,
}: {
  data: ReviewComments;
  budgetId: string;
  canResolve: boolean;
  openOnly?: boolean;
}) {
  const comments = openOnly ? data.comments.filter((c) => !c.resolvedAt) : data.comments;
  const open = data.comments.filter((c) => !c.resolvedAt).length;
  if (openOnly && comments.length === 0) return null;
  return (
    <section aria-labelledby="comments-heading" className="review-comments">
      <h2 id="comments-heading">{openOnly ? `待处理的审核意见（${open}条）` : `审核意见（未处理 ${open} 条）`}</h2>
      <p className="muted">
        针对支出明细行或项目的意见，在退回后该行或项目被修改或删除的，重新提交时自动标为已处理；针对整体预算或报表的意见，由填报人修改后点击“已处理”标记。
      </p>
      {comments.length === 0 ? (
        <p className="muted">暂无审核意见。</p>
      ) : (
        <ul className="card-list" aria-label="审核意见列表">
          {comments.map((c) => (
            <li key={c.id} className="card review-comment" data-target={c.target} data-status={c.resolvedAt ? 'resolved' : 'open'}>
              <strong>{c.focus ? <Link href={workspaceFocusHref(data.orgCode, data.year, c.focus)}>{c.label}</Link> : c.label}</strong>
              <span className="muted">
                {' '}
                — {c.authorName}，{beijingDateTime(c.createdAt)}
                {c.versionNo && `，针对第${c.versionNo}版`}
              </span>
              <p>{c.text}</p>
              <p className={c.resolvedAt ? 'comment-status form-ok' : 'comment-status'} data-testid="comment-status">
                状态：{statusText(c)}
                {c.resolvedAt && `（${beijingDateTime(c.resolvedAt)}）`}
              </p>
              {canResolve && !c.resolvedAt && (
                <ActionForm action={markCommentResolvedAction} budgetId={budgetId} hidden={{ commentId: c.id }} submitLabel="已处理" className="inline-form" />
              )}
              {canResolve && c.resolution === 'MARKED' && (
                <ActionForm action={reopenCommentAction} budgetId={budgetId} hidden={{ commentId: c.id }} submitLabel="撤销“已处理”" className="inline-form" />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
