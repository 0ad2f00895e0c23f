'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { focusTab } from '@/lib/document/workspace-links';
import { focusField, useWorkspaceFocus } from './workspace-focus';

export interface WorkspaceTab {
  id: string;
  label: string;
  content: ReactNode;
}

export function WorkspaceTabs({ tabs, initial }: { tabs: WorkspaceTab[]; initial: string }) {
  const [current, setCurrent] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  useWorkspaceFocus((focus) => {
    const t = focusTab(focus);
    if (t && tabs.some((x) => x.id === t)) setCurrent(t);
    if (focus.kind === 'field') focusField(focus.ref);
  });
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
            onClick={() => setCurrent(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <section key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={current !== t.id}>
          {t.content}
        </section>
      ))}
    </div>
  );
}
