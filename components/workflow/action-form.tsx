'use client';

import { startTransition, useActionState, useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/actions/action-result';

const IDLE: ActionState = { ok: false, message: '' };

/**
 * A form bound to a server action, showing the action's Chinese outcome beside the button. A refused submission
 * keeps what the user typed (React would otherwise reset the form after every action); a successful one clears it.
 */
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
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      action={run}
      className={className ?? 'stack-form'}
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        startTransition(() => run(data));
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
