import Link from 'next/link';
import { submitBudgetAction } from '@/lib/actions/workflow';
import { ActionForm } from '@/components/workflow/action-form';

/** The workspace's way out (我的预算, 审核流程) and 提交审核 while the budget is a draft or returned. */
export function WorkspaceNav({ budgetId, canSubmit, blocking }: { budgetId: string; canSubmit: boolean; blocking: number }) {
  return (
    <div className="workspace-nav">
      <nav aria-label="预算导航">
        <Link href="/my-budgets">← 我的预算</Link>
        <Link href={`/workflow/${budgetId}`}>审核流程与版本记录</Link>
      </nav>
      {canSubmit && (
        <ActionForm
          action={submitBudgetAction}
          budgetId={budgetId}
          submitLabel="提交审核"
          className="inline-form submit-form"
          confirm="提交后预算将锁定，审核人退回前不能修改；尚未保存的修改不会提交。确定提交审核吗？"
        >
          <p className={blocking > 0 ? 'error' : 'muted'} data-testid="blocking-count">
            {blocking > 0 ? `当前有 ${blocking} 项阻断性校验未通过，修正后才能提交。` : '校验无阻断项，可以提交。'}
          </p>
        </ActionForm>
      )}
    </div>
  );
}
