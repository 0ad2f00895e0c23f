import { submitBudgetAction, updateLineAmountAction } from '@/lib/actions/workflow';
import type { UnitBudget } from '@/lib/domain/types';
import { FUND_SOURCE_LABELS } from '@/lib/domain/types';
import { yuanText } from '@/lib/domain/money';
import { ActionForm } from './action-form';

/** The accountant's actions on a draft or returned budget: adjust a line's amount, submit. */
export function AccountantActions({ budgetId, data, blocking }: { budgetId: string; data: UnitBudget; blocking: number }) {
  return (
    <section aria-labelledby="accountant-actions-heading">
      <h2 id="accountant-actions-heading">修改与提交</h2>
      <div className="actions-row">
        <ActionForm action={updateLineAmountAction} budgetId={budgetId} submitLabel="保存金额">
          <label>
            支出明细行
            <select name="lineKey" required>
              {data.lines.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.id}：{l.functionCode}/{l.deptEconCode} {FUND_SOURCE_LABELS[l.source]} {yuanText(l.amount)}元
                </option>
              ))}
            </select>
          </label>
          <label>
            新金额（元）
            <input name="amount" inputMode="decimal" required pattern="[0-9,]+(\.[0-9]{1,2})?" />
          </label>
        </ActionForm>
        <ActionForm action={submitBudgetAction} budgetId={budgetId} submitLabel="提交审核">
          <p className="muted">{blocking > 0 ? `当前有 ${blocking} 项阻断性校验未通过，修正后才能提交。` : '校验无阻断项，可以提交。'}</p>
        </ActionForm>
      </div>
    </section>
  );
}
