'use client';
import { useCallback, useEffect, useRef } from 'react';

export const LEAVE_MESSAGE = '有未保存的修改，离开本页将丢失这些修改。确定离开吗？';

/** A link click that would leave the current page (not a #hash jump, not a new tab or a download). */
function leavingLink(e: MouseEvent): boolean {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!(a instanceof HTMLAnchorElement) || a.target === '_blank' || a.hasAttribute('download')) return false;
  if (a.hasAttribute('data-focus')) return false; // a FocusLink moves within the page
  const to = new URL(a.href, window.location.href);
  if (to.origin !== window.location.origin) return true;
  return to.pathname !== window.location.pathname || to.search !== window.location.search;
}

/**
 * Unsaved work in the workspace: the grid reports its draft (markDirty), forms are dirty from their first
 * input until submitted. While anything is dirty, links that leave the page ask first and the browser
 * asks before unload.
 */
export function useUnsavedGuard() {
  const sources = useRef(new Set<string>());
  const forms = useRef(new Set<HTMLFormElement>());
  const lastSubmitted = useRef<HTMLFormElement | null>(null);
  const bypass = useRef(false);
  const isDirty = useCallback(() => !bypass.current && (sources.current.size > 0 || [...forms.current].some((f) => f.isConnected)), []);

  useEffect(() => {
    const onInput = (e: Event) => {
      const t = e.target as HTMLElement;
      if (t instanceof HTMLInputElement && (t.type === 'file' || t.type === 'search')) return;
      const form = t.closest?.('form');
      if (form && form.closest('.workspace') && !form.hasAttribute('data-no-guard')) forms.current.add(form);
    };
    const onSubmit = (e: Event) => {
      const form = e.target as HTMLFormElement;
      lastSubmitted.current = forms.current.has(form) ? form : null;
      forms.current.delete(form);
    };
    const onClick = (e: MouseEvent) => {
      if (!isDirty() || !leavingLink(e)) return;
      if (window.confirm(LEAVE_MESSAGE)) {
        bypass.current = true;
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      e.preventDefault();
      e.returnValue = LEAVE_MESSAGE;
    };
    document.addEventListener('input', onInput, true);
    document.addEventListener('change', onInput, true);
    document.addEventListener('submit', onSubmit, true);
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('change', onInput, true);
      document.removeEventListener('submit', onSubmit, true);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [isDirty]);

  return {
    markDirty: useCallback((source: string, dirty: boolean) => {
      if (dirty) sources.current.add(source);
      else sources.current.delete(source);
    }, []),
    /** A submitted form whose save failed is unsaved again. */
    saveFailed: useCallback(() => {
      if (lastSubmitted.current?.isConnected) forms.current.add(lastSubmitted.current);
    }, []),
    /** 重新加载: the user chose to drop their changes. */
    reloadDiscarding: useCallback(() => {
      bypass.current = true;
      window.location.reload();
    }, []),
  };
}
