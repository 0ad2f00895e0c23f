'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/action-result';

const IDLE: ActionState = { ok: false, message: '' };

/** A form bound to a server action, showing the action's Chinese outcome beside the button. */
export function ActionForm({
  action,
  budgetId,
  hidden,
  submitLabel,
  confirm,
  className,
  children,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  budgetId?: string;
  hidden?: Record<string, string>;
  submitLabel: string;
  confirm?: string;
  className?: string;
  children?: React.ReactNode;
}) {
  const [state, run, pending] = useActionState(action, IDLE);
  return (
    <form
      action={run}
      className={className ?? 'stack-form'}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {budgetId && <input type="hidden" name="budgetId" value={budgetId} />}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? '处理中…' : submitLabel}
        </button>
      </div>
      <p role={state.ok ? 'status' : 'alert'} aria-live="polite" className={state.ok ? 'form-ok' : 'form-error'}>
        {state.message}
      </p>
    </form>
  );
}
