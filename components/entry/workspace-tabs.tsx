'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { focusTab } from '@/lib/document/workspace-links';
import type { WorkspaceFocus } from '@/lib/document/workspace-links';
import { focusField, requestWorkspaceFocus, useWorkspaceFocus } from './workspace-focus';

export interface WorkspaceTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * A tab's content is rendered (and hydrated) from its first visit on and then stays mounted, so its unsaved
 * edits and focus listeners live on while another tab shows. A focus request for a tab not yet rendered is
 * sent again once its editors are mounted and listening.
 */
export function WorkspaceTabs({ tabs, initial }: { tabs: WorkspaceTab[]; initial: string }) {
  const [current, setCurrent] = useState(initial);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([initial]));
  const [pending, setPending] = useState<WorkspaceFocus | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const show = (id: string) => {
    setCurrent(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  };
  useWorkspaceFocus((focus) => {
    const t = focusTab(focus);
    if (!t || !tabs.some((x) => x.id === t)) return;
    show(t);
    if (!visited.has(t)) setPending(focus);
    else if (focus.kind === 'field') focusField(focus.ref);
  });
  useEffect(() => {
    if (!pending) return;
    setPending(null);
    requestWorkspaceFocus(pending);
  }, [pending]);
  return (
    <div className="workspace-tabs" data-ready={hydrated}>
      <div role="tablist" aria-label="预算编制" className="tab-strip">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={current === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => show(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <section key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={current !== t.id}>
          {visited.has(t.id) && t.content}
        </section>
      ))}
    </div>
  );
}
