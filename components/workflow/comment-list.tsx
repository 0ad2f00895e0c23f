import type { BudgetWorkflow } from '@/lib/data/workflow/get-budget-workflow';
import { COMMENT_TARGET_LABELS } from '@/lib/data/workflow/review-comments';
import { beijingDateTime } from '@/lib/format/beijing-time';

function targetText(target: keyof typeof COMMENT_TARGET_LABELS, ref: string | null): string {
  if (target === 'TABLE') return `表${ref}`;
  if (target === 'LINE') return `支出明细行 ${ref}`;
  if (target === 'PROJECT') return `项目 ${ref}`;
  return COMMENT_TARGET_LABELS.GENERAL;
}

export function CommentList({ comments }: { comments: BudgetWorkflow['comments'] }) {
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">审核意见</h2>
      {comments.length === 0 ? (
        <p className="muted">暂无审核意见。</p>
      ) : (
        <ul className="card-list" aria-label="审核意见列表">
          {comments.map((c) => (
            <li key={c.id} className="card review-comment" data-target={c.target}>
              <strong>
                {c.target === 'TABLE' && c.targetRef ? (
                  <a href={`#table-${c.targetRef}`}>{targetText(c.target, c.targetRef)}</a>
                ) : (
                  targetText(c.target, c.targetRef)
                )}
              </strong>
              <span className="muted">
                {' '}
                — {c.author.displayName}，{beijingDateTime(c.createdAt)}
                {c.version && `，针对第${c.version.versionNo}版`}
              </span>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
