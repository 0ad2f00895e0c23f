'use client';
import { useRef, useState, type KeyboardEvent } from 'react';
import { CatalogPicker } from '../catalog-picker';
import type { EditorKind } from './columns';
import { FUND_SOURCE_LABELS, KIND_LABELS, TIMING_LABELS, type GridCatalogs } from './grid-model';

export type CommitMove = 'down' | 'right' | 'left' | 'none';

const SELECT_OPTIONS: Partial<Record<EditorKind, Record<string, string>>> = { kind: KIND_LABELS, source: FUND_SOURCE_LABELS, timing: TIMING_LABELS };
const PICKER_CATALOG: Partial<Record<EditorKind, keyof GridCatalogs>> = {
  function: 'functions',
  deptEcon: 'deptEcon',
  govEcon: 'govEcon',
  project: 'projects',
};

const toOptions = (m: Map<string, string>, retired: ReadonlySet<string>) =>
  [...m.entries()].filter(([code]) => !retired.has(code)).map(([code, name]) => ({ code, name }));

/** The in-cell editor: Enter commits and moves down, Tab right, Esc cancels. */
export function CellEditor({
  editor,
  label,
  value,
  initialText,
  catalogs,
  onCommit,
  onCancel,
}: {
  editor: EditorKind;
  label: string;
  value: string;
  initialText?: string;
  catalogs: GridCatalogs;
  onCommit: (value: string, move: CommitMove) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initialText ?? value);
  // Unmounting after Enter/Esc fires blur; the first outcome wins so Esc never commits.
  const settled = useRef(false);
  const commit = (v: string, move: CommitMove) => {
    if (settled.current) return;
    settled.current = true;
    onCommit(v, move);
  };
  const cancel = () => {
    if (settled.current) return;
    settled.current = true;
    onCancel();
  };
  const picker = PICKER_CATALOG[editor];
  if (picker) {
    return (
      <CatalogPicker
        label={label}
        options={toOptions(catalogs[picker] as Map<string, string>, catalogs.retired)}
        value={value}
        initialQuery={initialText}
        autoFocus
        onPick={commit}
        onCancel={cancel}
      />
    );
  }
  const keys = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, current: string) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(current, 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit(current, e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };
  const options = SELECT_OPTIONS[editor];
  if (options) {
    return (
      <select aria-label={label} autoFocus value={text} onChange={(e) => commit(e.target.value, 'none')} onKeyDown={(e) => keys(e, text)} onBlur={cancel}>
        {Object.entries(options).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      autoFocus
      inputMode="decimal"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => keys(e, text)}
      onBlur={() => commit(text, 'none')}
    />
  );
}
