'use client';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/entry/run-entry-action';

interface WorkspaceState {
  budgetId: string;
  version: number;
  editable: boolean;
  /** Runs a save with the current version; on success takes the new version and refreshes the server-rendered preview. */
  save: (run: (expectedVersion: number) => Promise<ActionResult>) => Promise<ActionResult>;
}

const Ctx = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ budgetId, serverVersion, editable, children }: { budgetId: string; serverVersion: number; editable: boolean; children: ReactNode }) {
  const router = useRouter();
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
  return <Ctx.Provider value={{ budgetId, version, editable, save }}>{children}</Ctx.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useWorkspace outside WorkspaceProvider');
  return v;
}

/** Pending / error / saved feedback of one editor. */
export function useSaveStatus() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; code: string; fields: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const track = useCallback(async (p: () => Promise<ActionResult>) => {
    setPending(true);
    setSaved(false);
    setError(null);
    try {
      const r = await p();
      if (r.ok) setSaved(true);
      else setError({ message: r.message, code: r.code, fields: r.fieldErrors.map((f) => f.field) });
      return r;
    } catch {
      setError({ message: '网络错误，保存失败，请重试', code: 'NETWORK', fields: [] });
      return null;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, saved, track };
}

export function SaveFeedback({ pending, error, saved }: { pending: boolean; error: { message: string; code: string } | null; saved: boolean }) {
  return (
    <div className="save-feedback" aria-live="polite">
      {pending && <span role="status">正在保存…</span>}
      {!pending && saved && <span className="ok">已保存</span>}
      {error && (
        <div role="alert" className={error.code === 'CONFLICT' ? 'conflict error' : 'error'}>
          {error.message}
          {error.code === 'CONFLICT' && (
            <button type="button" onClick={() => window.location.reload()}>
              刷新页面
            </button>
          )}
        </div>
      )}
    </div>
  );
}
