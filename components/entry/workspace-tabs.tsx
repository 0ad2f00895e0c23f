'use client';
import { useEffect, useState, type ReactNode } from 'react';

export interface WorkspaceTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Which tab a link into the workspace (#line-…, #project-…, #field-…) belongs to. */
function tabOfHash(hash: string): string | null {
  if (hash.startsWith('#tab-')) return hash.slice(5);
  if (hash.startsWith('#line-')) return 'lines';
  if (hash.startsWith('#project-')) return 'projects';
  if (hash.startsWith('#field-reasons.') || hash.startsWith('#field-priorYear.')) return 'texts';
  if (hash.startsWith('#field-procurement.')) return 'procurement';
  if (hash.startsWith('#field-')) return 'profile';
  return null;
}

export function WorkspaceTabs({ tabs, initial }: { tabs: WorkspaceTab[]; initial: string }) {
  const [current, setCurrent] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setHydrated(true);
    const go = () => {
      const hash = decodeURIComponent(window.location.hash);
      const t = tabOfHash(hash);
      if (!t) return;
      setCurrent(t);
      if (hash.startsWith('#field-')) {
        requestAnimationFrame(() => {
          const el = document.getElementById(hash.slice(1));
          el?.scrollIntoView({ block: 'center' });
          if (el instanceof HTMLElement) el.focus();
        });
      }
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
  return (
    <div className="workspace-tabs" data-ready={hydrated}>
      <div role="tablist" aria-label="预算编制">
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
