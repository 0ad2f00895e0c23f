import { forwardBudgetAction, returnBudgetAction } from '@/lib/actions/workflow';
import { ActionForm } from './action-form';

/** The department reviewer's transitions of a 待主管部门审核 budget: 转报财政 or 退回修改 with a comment. */
export function DepartmentActions({ budgetId }: { budgetId: string }) {
  return (
    <section aria-labelledby="department-actions-heading">
      <h2 id="department-actions-heading">主管部门审核</h2>
      <div className="actions-row">
        <ActionForm
          action={returnBudgetAction}
          budgetId={budgetId}
          hidden={{ target: 'GENERAL' }}
          submitLabel="退回修改"
          confirm="确认将该预算退回填报单位修改？"
        >
          <label>
            审核意见
            <textarea name="text" rows={3} required maxLength={2000} />
          </label>
        </ActionForm>
        <ActionForm action={forwardBudgetAction} budgetId={budgetId} submitLabel="转报财政" confirm="确认审核通过并转报财政局？转报后由财政局审核批复。" />
      </div>
    </section>
  );
}
