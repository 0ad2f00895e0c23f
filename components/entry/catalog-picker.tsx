'use client';
import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

export interface PickerOption {
  code: string;
  name: string;
}

const MAX_SHOWN = 50;
const LIST_H = 256;

/** Where the list goes: below the input, or above it when the input is near the bottom of the window; fixed, so no scroll box clips it. */
function listPlace(input: HTMLElement | null): CSSProperties | null {
  if (!input) return null;
  const r = input.getBoundingClientRect();
  const below = window.innerHeight - r.bottom;
  const above = below < LIST_H && r.top > below;
  const left = Math.max(0, Math.min(r.left, window.innerWidth - 352));
  return above
    ? { position: 'fixed', left, bottom: window.innerHeight - r.top, top: 'auto', maxHeight: Math.min(LIST_H, r.top - 4) }
    : { position: 'fixed', left, top: r.bottom, maxHeight: Math.min(LIST_H, below - 4) };
}

/** Search-as-you-type over a catalogue: matches code prefix or any part of the name. Enter picks, Esc cancels. */
export function CatalogPicker({
  options,
  value,
  label,
  autoFocus,
  initialQuery,
  onPick,
  onCancel,
}: {
  options: PickerOption[];
  value: string;
  label: string;
  autoFocus?: boolean;
  initialQuery?: string;
  onPick: (code: string, move: 'down' | 'right' | 'left' | 'none') => void;
  onCancel: () => void;
}) {
  const [query, setQuery] = useState(initialQuery ?? value);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [place, setPlace] = useState<CSSProperties | null>(null);
  useLayoutEffect(() => {
    const update = () => setPlace(listPlace(inputRef.current));
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);
  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return options.slice(0, MAX_SHOWN);
    const byCode = options.filter((o) => o.code.startsWith(q));
    const byName = options.filter((o) => !o.code.startsWith(q) && o.name.includes(q));
    return [...byCode, ...byName].slice(0, MAX_SHOWN);
  }, [options, query]);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const exact = options.find((o) => o.code === query.trim());
      const pick = exact ?? matches[active];
      if (pick) onPick(pick.code, e.key === 'Enter' ? 'down' : e.shiftKey ? 'left' : 'right');
      else onCancel();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <div className="picker">
      <input
        ref={inputRef}
        aria-label={label}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${matches[active].code}` : undefined}
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={() => onCancel()}
      />
      {place &&
        createPortal(
          <ul id={listId} role="listbox" className="picker-list" style={place} data-placement={place.bottom !== undefined ? 'above' : 'below'}>
            {matches.map((o, i) => (
              <li
                key={o.code}
                id={`${listId}-${o.code}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  onPick(o.code, 'none');
                }}
              >
                {o.code} {o.name}
              </li>
            ))}
            {matches.length === 0 && <li className="muted">无匹配科目</li>}
          </ul>,
          document.body,
        )}
    </div>
  );
}
