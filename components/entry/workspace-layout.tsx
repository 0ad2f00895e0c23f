'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { flashElement, useWorkspaceFocus, whenRendered } from './workspace-focus';

const KEY = 'yusuantong.preview';
/** Below this width the preview starts collapsed: the grid needs the room. */
const WIDE = 1600;

/** The workspace body: the editors, and the preview as a side panel the user shows or hides (remembered per browser). */
export function WorkspaceLayout({ children, preview }: { children: ReactNode; preview: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [ready, setReady] = useState(false);
  // The preview (tables and check links) is rendered from its first showing on: a collapsed panel costs nothing on load.
  const [shown, setShown] = useState(false);
  if (open && !shown) setShown(true);
  useEffect(() => {
    const saved = window.localStorage.getItem(KEY);
    setOpen(saved ? saved === 'open' : window.innerWidth >= WIDE);
    setReady(true);
  }, []);
  // ?focus=table:<n>: the preview opens (for this visit) at that table.
  useWorkspaceFocus((focus) => {
    if (focus.kind !== 'table') return;
    setOpen(true);
    whenRendered(`preview-table-${focus.ref}`, (el) => {
      const details = el.closest('details');
      if (details) details.open = true;
      el.scrollIntoView({ block: 'start' });
      flashElement(el);
    });
  });
  const toggle = () => {
    setOpen((o) => {
      window.localStorage.setItem(KEY, o ? 'closed' : 'open');
      return !o;
    });
  };
  return (
    <div className={`workspace-body${open ? ' with-preview' : ''}`} data-preview={open ? 'open' : 'closed'} data-ready={ready}>
      <div className="workspace-main">
        <div className="preview-toggle-bar">
          <button type="button" className="preview-toggle" aria-expanded={open} aria-controls="preview-panel" onClick={toggle}>
            {open ? '隐藏预览' : '显示预览'}
          </button>
        </div>
        {children}
      </div>
      <div id="preview-panel" className="preview-slot" hidden={!open}>
        {shown && preview}
      </div>
    </div>
  );
}
