import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { approveBudgetAction, publishBudgetAction, reopenForCorrectionAction } from '@/lib/actions/workflow';
import { ActionForm } from './action-form';
import { ReturnForm, type ReturnTargets } from './return-form';

/** The reviewer's transitions for the budget's current status. */
export function ReviewerActions({
  budgetId,
  status,
  targets,
  published,
}: {
  budgetId: string;
  status: BudgetStatus;
  /** What a return comment may point at, from the version under review. */
  targets: ReturnTargets | null;
  published: boolean;
}) {
  if (status === 'SUBMITTED' || status === 'FORWARDED') {
    return (
      <section aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">审核</h2>
        <div className="actions-row">
          {targets && <ReturnForm budgetId={budgetId} targets={targets} />}
          <ActionForm action={approveBudgetAction} budgetId={budgetId} submitLabel="批复" confirm="确认批复该预算？批复后该版本不能再修改，须在20日内公开。" />
        </div>
      </section>
    );
  }
  if (status === 'APPROVED') {
    return (
      <section aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">公开</h2>
        <ActionForm
          action={publishBudgetAction}
          budgetId={budgetId}
          submitLabel={published ? '公开更正版本' : '公开'}
          confirm={
            published
              ? '确认公开更正版本？公开后公众即可查看更正后的预算及更正说明，且不可撤回；此前公开的版本仍保留可查。'
              : '确认公开该预算？公开后公众即可查看，且不可撤回；如需更正，只能发起更正并公开新版本。'
          }
        >
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
        <ActionForm
          action={reopenForCorrectionAction}
          budgetId={budgetId}
          submitLabel="发起更正（退回填报人修改）"
          confirm="确认发起更正？预算将退回填报人修改，已公开的版本继续公开不变；修改后须重新提交、批复，并填写更正说明后公开新版本。"
        >
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
