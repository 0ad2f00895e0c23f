'use client';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/entry/run-entry-action';
import type { FieldError } from '@/lib/errors/app-error';
import { useUnsavedGuard } from './unsaved-guard';

interface WorkspaceState {
  budgetId: string;
  version: number;
  editable: boolean;
  /** Runs a save with the current version; on success takes the new version and refreshes the server-rendered preview. */
  save: (run: (expectedVersion: number) => Promise<ActionResult>) => Promise<ActionResult>;
  /** An editor with unsaved changes (the grid's draft) keeps the page from being left without asking. */
  markDirty: (source: string, dirty: boolean) => void;
  saveFailed: () => void;
  reloadDiscarding: () => void;
  /** 保留我的修改: takes the others' newer version from the server while the unsaved edits stay on screen. */
  keepMine: () => void;
}

const Ctx = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({
  budgetId,
  serverVersion,
  editable,
  children,
}: {
  budgetId: string;
  serverVersion: number;
  editable: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const guard = useUnsavedGuard();
  const [version, setVersion] = useState(serverVersion);
  const [seenServer, setSeenServer] = useState(serverVersion);
  if (serverVersion !== seenServer) {
    setSeenServer(serverVersion);
    if (serverVersion > version) setVersion(serverVersion);
  }
  const save = useCallback(
    async (run: (expectedVersion: number) => Promise<ActionResult>) => {
      const r = await run(version);
      if (r.ok) {
        setVersion(r.version);
        router.refresh();
      }
      return r;
    },
    [version, router],
  );
  const keepMine = useCallback(() => router.refresh(), [router]);
  return <Ctx.Provider value={{ budgetId, version, editable, save, keepMine, ...guard }}>{children}</Ctx.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useWorkspace outside WorkspaceProvider');
  return v;
}

export interface SaveError {
  message: string;
  code: string;
  fields: string[];
  fieldErrors: FieldError[];
}

/** The messages of a field (its path, or anything below it: `figures.totalIncome`, `items.2.amount`). */
export function messagesOf(error: SaveError | null, ...paths: string[]): string[] {
  if (!error) return [];
  return error.fieldErrors.filter((e) => paths.some((p) => e.field === p || e.field.startsWith(`${p}.`))).map((e) => e.message);
}

/** A field's error, shown beside it; the field names it with aria-describedby=`${id}`. */
export function FieldMessage({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {messages.join('；')}
    </span>
  );
}

/** Props that mark a field invalid and tie it to its FieldMessage. */
export function invalidProps(messages: string[], messageId: string) {
  return messages.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': messageId } : {};
}

/**
 * Pending / error / saved feedback of one editor. Put `scope` on the editor's root: after a refused save the
 * first field marked aria-invalid inside it is scrolled into view and focused.
 */
export function useSaveStatus() {
  const ws = useContext(Ctx);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);
  const scope = useRef<HTMLElement | null>(null);
  const [errorNo, setErrorNo] = useState(0);
  useEffect(() => {
    if (errorNo === 0) return;
    const first = scope.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [errorNo]);
  const [saved, setSaved] = useState(false);
  const track = useCallback(
    async (p: () => Promise<ActionResult>) => {
      setPending(true);
      setSaved(false);
      setError(null);
      try {
        const r = await p();
        if (r.ok) setSaved(true);
        else {
          setError({ message: r.message, code: r.code, fields: r.fieldErrors.map((f) => f.field), fieldErrors: r.fieldErrors });
          if (r.fieldErrors.length > 0) setErrorNo((n) => n + 1);
          ws?.saveFailed();
        }
        return r;
      } catch {
        setError({ message: '网络错误，保存失败，请重试', code: 'NETWORK', fields: [], fieldErrors: [] });
        ws?.saveFailed();
        return null;
      } finally {
        setPending(false);
      }
    },
    [ws],
  );
  const dismiss = useCallback(() => setError(null), []);
  const scopeRef = useCallback((el: HTMLElement | null) => {
    scope.current = el;
  }, []);
  return { pending, error, saved, track, dismiss, scope: scopeRef };
}

export function SaveFeedback({
  pending,
  error,
  saved,
  dismiss,
}: {
  pending: boolean;
  error: { message: string; code: string } | null;
  saved: boolean;
  dismiss?: () => void;
}) {
  const ws = useContext(Ctx);
  return (
    <div className="save-feedback" aria-live="polite">
      {pending && <span role="status">正在保存…</span>}
      {!pending && saved && <span className="ok">已保存</span>}
      {error && (
        <div role="alert" className={error.code === 'CONFLICT' ? 'conflict error' : 'error'}>
          {error.message}
          {error.code === 'CONFLICT' && (
            <ConflictChoices
              onReload={() => (ws ? ws.reloadDiscarding() : window.location.reload())}
              onKeep={
                ws && dismiss
                  ? () => {
                      dismiss();
                      ws.keepMine();
                    }
                  : undefined
              }
            />
          )}
        </div>
      )}
    </div>
  );
}

/** A save refused because someone else changed the budget: reload (dropping my edits) or keep editing. */
export function ConflictChoices({ onReload, onKeep }: { onReload: () => void; onKeep?: () => void }) {
  return (
    <div className="conflict-choices">
      <button type="button" onClick={onReload}>
        重新加载（放弃我的修改）
      </button>
      {onKeep && (
        <button type="button" onClick={onKeep}>
          保留我的修改
        </button>
      )}
      <span className="muted">保留：载入他人的最新版本，您未保存的修改留在页面上，核对后再次保存即覆盖相应内容。</span>
    </div>
  );
}
