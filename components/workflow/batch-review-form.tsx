'use client';

import { useActionState, useRef } from 'react';
import { batchReviewAction, type BatchReviewState } from '@/lib/actions/batch-review';

const IDLE: BatchReviewState = { ok: false, message: '' };

const CONFIRM: Record<string, (n: number) => string> = {
  approve: (n) => `确认批复选中的 ${n} 个单位的预算？批复后该版本不能再修改，须在20日内公开。`,
  publish: (n) => `确认公开选中的 ${n} 个单位的预算？公开后公众即可查看，且不可撤回；更正需发布新版本。`,
};

/** The review queue as a form: units are ticked in the table (children) and approved or published together. */
export function BatchReviewForm({ children }: { children: React.ReactNode }) {
  const [state, run, pending] = useActionState(batchReviewAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const boxes = () => Array.from(form.current?.querySelectorAll<HTMLInputElement>('input[name="budgetId"]') ?? []);
  return (
    <form
      ref={form}
      action={run}
      aria-label="批量审核"
      onSubmit={(e) => {
        const action = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') ?? '';
        const n = boxes().filter((b) => b.checked).length;
        if (n === 0) {
          e.preventDefault();
          window.alert('请先勾选要处理的单位');
          return;
        }
        if (!window.confirm(CONFIRM[action]?.(n) ?? '确认执行批量操作？')) e.preventDefault();
      }}
    >
      <div className="actions-row batch-bar">
        <button type="button" onClick={() => boxes().forEach((b) => (b.checked = !b.disabled))}>
          全选
        </button>
        <button type="button" onClick={() => boxes().forEach((b) => (b.checked = false))}>
          全不选
        </button>
        <button type="submit" name="batchAction" value="approve" disabled={pending}>
          批量批复
        </button>
        <button type="submit" name="batchAction" value="publish" disabled={pending}>
          批量公开
        </button>
        {pending && <span className="muted">处理中…</span>}
      </div>
      {children}
      <div aria-live="polite">
        {state.message && (
          <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-ok' : 'form-error'}>
            {state.message}
          </p>
        )}
        {state.results && state.results.length > 0 && (
          <table className="data" aria-label="批量处理结果">
            <thead>
              <tr>
                <th>单位编码</th>
                <th>单位名称</th>
                <th>结果</th>
              </tr>
            </thead>
            <tbody>
              {state.results.map((r) => (
                <tr key={r.budgetId} data-org={r.orgCode} className={r.ok ? 'batch-ok' : 'batch-failed'}>
                  <td>{r.orgCode}</td>
                  <td>{r.orgName}</td>
                  <td>{r.ok ? `成功（${r.message}）` : `失败：${r.message}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </form>
  );
}
