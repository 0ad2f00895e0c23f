import { forwardBudgetAction } from '@/lib/actions/workflow';
import { ActionForm } from './action-form';
import { ReturnForm, type ReturnTargets } from './return-form';

/**
 * The department reviewer's transitions of a 待主管部门审核 budget: 转报财政, or 退回修改 with comments on the whole
 * budget, a table, a line or a project of the submitted version (the same form as the finance bureau's).
 */
export function DepartmentActions({ budgetId, targets }: { budgetId: string; targets: ReturnTargets | null }) {
  return (
    <section aria-labelledby="department-actions-heading">
      <h2 id="department-actions-heading">主管部门审核</h2>
      <div className="actions-row">
        {targets && <ReturnForm budgetId={budgetId} targets={targets} />}
        <ActionForm action={forwardBudgetAction} budgetId={budgetId} submitLabel="转报财政" confirm="确认审核通过并转报财政局？转报后由财政局审核批复。" />
      </div>
    </section>
  );
}
