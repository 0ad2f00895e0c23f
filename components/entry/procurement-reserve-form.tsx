'use client';
import type { ProcurementReserve } from '@/lib/domain/types';
import { saveProcurementReserveAction } from '@/lib/actions/entry/budget-actions';
import { SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';

/** 政府采购 amounts (元) reserved for 中小企业 and, of them, 小微企业; blank is 未填. */
export function ProcurementReserveForm({ reserve }: { reserve: ProcurementReserve }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const submit = (fd: FormData) =>
    status.track(() =>
      ws.save((v) =>
        saveProcurementReserveAction({
          budgetId: ws.budgetId,
          expectedVersion: v,
          sme: String(fd.get('sme') ?? ''),
          smallMicro: String(fd.get('smallMicro') ?? ''),
        }),
      ),
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="entry-form"
    >
      <fieldset disabled={!ws.editable} className="form-grid">
        <label>
          拟面向中小企业预留金额（元）
          <input id="field-procurementReserve.sme" name="sme" inputMode="decimal" placeholder="未填" defaultValue={reserve.sme ?? ''} />
        </label>
        <label>
          其中面向小微企业预留金额（元）
          <input id="field-procurementReserve.smallMicro" name="smallMicro" inputMode="decimal" placeholder="未填" defaultValue={reserve.smallMicro ?? ''} />
        </label>
        <button type="submit" className="primary">
          保存预留份额
        </button>
      </fieldset>
      <SaveFeedback {...status} />
    </form>
  );
}
