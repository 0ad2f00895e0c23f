'use client';
import { useMemo, useState } from 'react';
import { sameLine, type GridLine } from './grid-model';

/** Local edits of the grid over the saved lines; survives a server refresh by re-applying unsaved rows. */
export function useLineDraft(serverLines: GridLine[]) {
  const [base, setBase] = useState(serverLines);
  const [rows, setRows] = useState(serverLines);
  const [deleted, setDeleted] = useState<string[]>([]);
  const baseMap = useMemo(() => new Map(base.map((l) => [l.key, l])), [base]);
  if (serverLines !== base) {
    const fresh = new Map(serverLines.map((l) => [l.key, l]));
    const dirty = rows.filter((r) => !baseMap.has(r.key) || !sameLine(baseMap.get(r.key)!, r));
    const dirtyMap = new Map(dirty.map((r) => [r.key, r]));
    const stillDeleted = deleted.filter((k) => fresh.has(k));
    const merged = serverLines
      .filter((l) => !stillDeleted.includes(l.key))
      .map((l) => (dirtyMap.has(l.key) && !sameLine(l, dirtyMap.get(l.key)!) ? dirtyMap.get(l.key)! : l));
    const added = dirty.filter((r) => !fresh.has(r.key) && !baseMap.has(r.key));
    setBase(serverLines);
    setRows([...merged, ...added]);
    setDeleted(stillDeleted);
  }
  // A row still the saved object is unchanged: only rows replaced by an edit are compared.
  const changed = useMemo(
    () => (rows === base ? [] : rows.filter((r) => baseMap.get(r.key) !== r && (!baseMap.has(r.key) || !sameLine(baseMap.get(r.key)!, r)))),
    [rows, base, baseMap],
  );
  const changedKeys = useMemo(() => new Set(changed.map((r) => r.key)), [changed]);
  return {
    rows,
    changed,
    changedKeys,
    deleted,
    isNew: (key: string) => !baseMap.has(key),
    update(key: string, patch: Partial<GridLine>) {
      setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    },
    insertAfter(afterKey: string | null, line: GridLine) {
      setRows((rs) => {
        const i = afterKey ? rs.findIndex((r) => r.key === afterKey) : -1;
        return i < 0 ? [...rs, line] : [...rs.slice(0, i + 1), line, ...rs.slice(i + 1)];
      });
    },
    remove(key: string) {
      setRows((rs) => rs.filter((r) => r.key !== key));
      if (baseMap.has(key)) setDeleted((d) => [...d, key]);
    },
    /** Puts a removed line back at its former position (the 撤销 of a deletion). */
    restore(line: GridLine, index: number) {
      setRows((rs) => [...rs.slice(0, index), line, ...rs.slice(index)]);
      setDeleted((d) => d.filter((k) => k !== line.key));
    },
    discard() {
      setRows(base);
      setDeleted([]);
    },
  };
}
