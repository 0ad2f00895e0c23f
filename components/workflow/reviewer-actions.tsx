import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { approveBudgetAction, publishBudgetAction, reopenForCorrectionAction, returnBudgetAction } from '@/lib/actions/workflow';
import type { UnitBudget } from '@/lib/domain/types';
import { ActionForm } from './action-form';

/** The reviewer's transitions for the budget's current status. */
export function ReviewerActions({
  budgetId,
  status,
  snapshot,
  published,
}: {
  budgetId: string;
  status: BudgetStatus;
  snapshot: UnitBudget | null;
  published: boolean;
}) {
  if (status === 'SUBMITTED' || status === 'FORWARDED') {
    return (
      <section aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">审核</h2>
        <div className="actions-row">
          <ActionForm action={returnBudgetAction} budgetId={budgetId} submitLabel="退回修改">
            <label>
              意见对象
              <select name="target" defaultValue="GENERAL">
                <option value="GENERAL">总体意见</option>
                <option value="TABLE">报表（填表号1–13）</option>
                <option value="LINE">支出明细行（填行编号）</option>
                <option value="PROJECT">项目（填项目编码）</option>
              </select>
            </label>
            <label>
              对象编号
              <input name="targetRef" list="comment-refs" placeholder="如 3、行编号或项目编码" />
            </label>
            <datalist id="comment-refs">
              {snapshot?.lines.map((l) => (
                <option key={l.id} value={l.id} />
              ))}
              {snapshot?.projects.map((p) => (
                <option key={p.code} value={p.code} label={p.name} />
              ))}
            </datalist>
            <label>
              意见内容
              <textarea name="text" rows={3} required maxLength={2000} />
            </label>
          </ActionForm>
          <ActionForm action={approveBudgetAction} budgetId={budgetId} submitLabel="批复" confirm="确认批复该预算？批复后版本不能再修改。" />
        </div>
      </section>
    );
  }
  if (status === 'APPROVED') {
    return (
      <section aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">公开</h2>
        <ActionForm action={publishBudgetAction} budgetId={budgetId} submitLabel={published ? '公开更正版本' : '公开'}>
          {published && (
            <label>
              更正说明
              <textarea name="note" rows={3} required maxLength={2000} />
            </label>
          )}
        </ActionForm>
      </section>
    );
  }
  if (status === 'PUBLISHED') {
    return (
      <section aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">更正已公开的预算</h2>
        <ActionForm action={reopenForCorrectionAction} budgetId={budgetId} submitLabel="发起更正（退回填报人修改）">
          <label>
            更正原因
            <textarea name="reason" rows={2} required maxLength={2000} />
          </label>
        </ActionForm>
      </section>
    );
  }
  return <p className="muted">该预算尚未提交，暂无可执行的审核操作。</p>;
}
