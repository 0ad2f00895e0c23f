'use client';

import { useActionState, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions/action-result';
import { returnBudgetAction } from '@/lib/actions/workflow';
import type { CommentTargetKind, TargetOption } from '@/lib/domain/workflow/comment-targets';

const IDLE: ActionState = { ok: false, message: '' };

export interface ReturnTargets {
  tables: TargetOption[];
  lines: TargetOption[];
  projects: TargetOption[];
}

interface Draft {
  key: number;
  target: CommentTargetKind;
  targetRef: string;
  text: string;
}

const TARGET_LABELS: Record<CommentTargetKind, string> = { GENERAL: '整体预算', TABLE: '报表', LINE: '支出明细行', PROJECT: '项目' };

/**
 * 退回修改 with several comments, each on the whole budget, a table, a line or a project picked from the
 * submitted version. The comments are component state, so a refused return keeps every one as typed and
 * shows the server's error beside the comment it names (审核意见N).
 */
export function ReturnForm({ budgetId, targets }: { budgetId: string; targets: ReturnTargets }) {
  const [state, run, pending] = useActionState(returnBudgetAction, IDLE);
  const next = useRef(1);
  const [drafts, setDrafts] = useState<Draft[]>([{ key: 0, target: 'GENERAL', targetRef: '', text: '' }]);
  const update = (key: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const optionsOf = (t: CommentTargetKind) => (t === 'TABLE' ? targets.tables : t === 'LINE' ? targets.lines : t === 'PROJECT' ? targets.projects : []);
  const payload = JSON.stringify(drafts.map((d) => ({ target: d.target, targetRef: d.target === 'GENERAL' ? null : d.targetRef || null, text: d.text })));
  const general = (state.fieldErrors ?? []).filter((f) => !/^审核意见\d+$/.test(f.field));
  return (
    <form
      action={run}
      className="stack-form return-form"
      aria-label="退回修改"
      onSubmit={(e) => {
        if (!window.confirm(`确认退回修改？${drafts.length}条审核意见将送达填报人，预算退回后由填报人修改并重新提交。`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="budgetId" value={budgetId} />
      <input type="hidden" name="comments" value={payload} />
      <ol className="return-comments">
        {drafts.map((d, i) => {
          const name = `审核意见${i + 1}`;
          const errors = (state.fieldErrors ?? []).filter((f) => f.field === name);
          const options = optionsOf(d.target);
          return (
            <li key={d.key} className="card return-comment" data-index={i + 1}>
              <fieldset aria-invalid={errors.length > 0}>
                <legend>{name}</legend>
                <label>
                  意见对象
                  <select
                    aria-label={`${name} 意见对象`}
                    value={d.target}
                    onChange={(e) => update(d.key, { target: e.target.value as CommentTargetKind, targetRef: '' })}
                  >
                    {(Object.keys(TARGET_LABELS) as CommentTargetKind[]).map((t) => (
                      <option key={t} value={t}>
                        {TARGET_LABELS[t]}
                      </option>
                    ))}
                  </select>
                </label>
                {d.target !== 'GENERAL' && (
                  <label>
                    针对
                    <select aria-label={`${name} 针对`} value={d.targetRef} onChange={(e) => update(d.key, { targetRef: e.target.value })}>
                      <option value="">请选择{TARGET_LABELS[d.target]}</option>
                      {options.map((o) => (
                        <option key={o.ref} value={o.ref}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
                <label>
                  意见内容
                  <textarea aria-label={`${name} 内容`} rows={3} maxLength={2000} value={d.text} onChange={(e) => update(d.key, { text: e.target.value })} />
                </label>
                {errors.length > 0 && (
                  <p className="form-error" role="alert">
                    {errors.map((f) => f.message).join('；')}
                  </p>
                )}
                {drafts.length > 1 && (
                  <button type="button" onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}>
                    删除{name}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions-row">
        <button type="button" onClick={() => setDrafts((ds) => [...ds, { key: next.current++, target: 'GENERAL', targetRef: '', text: '' }])}>
          添加一条意见
        </button>
        <button type="submit" disabled={pending}>
          {pending ? '处理中…' : '退回修改'}
        </button>
      </div>
      <p role={state.ok ? 'status' : 'alert'} aria-live="polite" className={state.ok ? 'form-ok' : 'form-error'}>
        {state.ok || general.length > 0 || !state.fieldErrors?.length ? state.message : '审核意见有误，请按各条意见旁的提示修改后重新退回'}
      </p>
    </form>
  );
}
