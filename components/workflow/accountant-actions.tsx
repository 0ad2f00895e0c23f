import Link from 'next/link';
import { submitBudgetAction } from '@/lib/actions/workflow';
import { ActionForm } from './action-form';

/** The accountant's action on a draft or returned budget: submit. Lines are edited in the workspace grid. */
export function AccountantActions({ budgetId, editHref, blocking }: { budgetId: string; editHref: string; blocking: number }) {
  return (
    <section aria-labelledby="accountant-actions-heading">
      <h2 id="accountant-actions-heading">修改与提交</h2>
      <p>
        支出明细、项目和其他数据在<Link href={editHref}>编制页面</Link>中修改。
      </p>
      <div className="actions-row">
        <ActionForm
          action={submitBudgetAction}
          budgetId={budgetId}
          submitLabel="提交审核"
          confirm="确认提交审核？提交后预算将锁定，财政局审核人退回前不能修改；当前保存的数据将冻结为新版本。"
        >
          <p className="muted">{blocking > 0 ? `当前有 ${blocking} 项阻断性校验未通过，修正后才能提交。` : '校验无阻断项，可以提交。'}</p>
        </ActionForm>
      </div>
    </section>
  );
}
