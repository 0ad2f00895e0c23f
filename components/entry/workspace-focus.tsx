'use client';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { fieldElementId, focusParam, parseWorkspaceFocus, type WorkspaceFocus } from '@/lib/document/workspace-links';

// One way into a place of the workspace: ?focus=… in the URL (on load) or a FocusLink (in the page).
// Each editor listens for the focus it owns; the event carries the target, the listeners scroll and highlight.

const EVENT = 'workspace-focus';
const FLASH_MS = 3000;

export function requestWorkspaceFocus(focus: WorkspaceFocus): void {
  window.dispatchEvent(new CustomEvent<WorkspaceFocus>(EVENT, { detail: focus }));
}

/** Calls `listener` for every focus request (and the one of the URL on load); the latest listener is used. */
export function useWorkspaceFocus(listener: (focus: WorkspaceFocus) => void): void {
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => {
    const on = (e: Event) => ref.current((e as CustomEvent<WorkspaceFocus>).detail);
    window.addEventListener(EVENT, on);
    return () => window.removeEventListener(EVENT, on);
  }, []);
}

/** Outline that fades (CSS class focus-flash): shows the eye where a link led. */
export function flashElement(el: Element): void {
  el.classList.remove('focus-flash');
  void (el as HTMLElement).offsetWidth; // restart the animation on a second click
  el.classList.add('focus-flash');
  window.setTimeout(() => el.classList.remove('focus-flash'), FLASH_MS);
}

/** Waits until an element is rendered and not inside a hidden tab or panel (a tab switch shows it a frame later). */
export function whenRendered(id: string, then: (el: HTMLElement) => void, tries = 20): void {
  const el = document.getElementById(id);
  if (el && !el.closest('[hidden]')) then(el);
  else if (tries > 0) window.setTimeout(() => whenRendered(id, then, tries - 1), 50);
}

/** Scrolls a form field into view, focuses and highlights it. */
export function focusField(name: string): void {
  // priorYear / procurement / assets without a key: the section's first field.
  whenRendered(fieldElementId(name), (el) => {
    el.scrollIntoView({ block: 'center' });
    if (el.matches('input, textarea, select')) el.focus({ preventScroll: true });
    flashElement(el);
  });
}

/** On load: the ?focus= of the URL (or an older #line-…/#project-…/#field-… link) after every editor is listening. */
export function InitialFocus() {
  useEffect(() => {
    const url = new URL(window.location.href);
    let focus = parseWorkspaceFocus(url.searchParams.get('focus'));
    if (!focus) {
      const m = /^#(line|project|field)-(.+)$/.exec(decodeURIComponent(url.hash));
      if (m) focus = parseWorkspaceFocus(`${m[1]}:${m[2]}`);
    }
    if (focus) {
      const f = focus;
      window.setTimeout(() => requestWorkspaceFocus(f), 0);
    }
  }, []);
  return null;
}

/** A link to a place of the workspace: a real URL (new tab, copy) that, clicked here, focuses without a reload. */
export function FocusLink({ focus, className, children }: { focus: WorkspaceFocus; className?: string; children: ReactNode }) {
  const href = `?focus=${encodeURIComponent(focusParam(focus))}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('focus', focusParam(focus));
    url.hash = '';
    window.history.replaceState(window.history.state, '', url);
    requestWorkspaceFocus(focus);
  };
  return (
    <a href={href} className={className} onClick={onClick} data-focus={focusParam(focus)}>
      {children}
    </a>
  );
}
