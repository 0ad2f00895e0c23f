'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type GroupingState,
  type SortingState,
} from '@tanstack/react-table';
import { saveLinesAction } from '@/lib/actions/entry/budget-actions';
import type { FieldError } from '@/lib/errors/app-error';
import { SaveFeedback, useSaveStatus, useWorkspace } from '../workspace-context';
import { GRID_COLUMNS, searchFilter, stickyOf, tableColumns, type LineField } from './columns';
import type { CommitMove } from './cell-editor';
import { blankLine, newLineKey, sumYuan, wanDisplay, yuanDisplay, type GridCatalogs, type GridLine } from './grid-model';
import { useLineDraft } from './use-line-draft';
import { useWorkspaceFocus } from '../workspace-focus';
import { GridRow, ROW_H, Spacer, type Pos } from './grid-row';
import { GridToolbar } from './grid-toolbar';
import { filterLines, lineRow, sortLines, type ViewRow } from './line-view';

const VIEW_H = 520;
const HEAD_H = 36;
const OVERSCAN = 10;

export function LinesGrid({ lines: serverLines, catalogs }: { lines: GridLine[]; catalogs: GridCatalogs }) {
  const ws = useWorkspace();
  const draft = useLineDraft(serverLines);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [active, setActive] = useState<Pos | null>(null);
  const [editing, setEditing] = useState<(Pos & { initialText?: string }) | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [focusCol, setFocusCol] = useState(1);
  /** The line a link or an error led to: outlined for a moment. */
  const [flashKey, setFlashKey] = useState<{ key: string; n: number } | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const [undo, setUndo] = useState<{ line: GridLine; index: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const status = useSaveStatus();
  const columns = useMemo(() => tableColumns(catalogs), [catalogs]);
  const table = useReactTable({
    data: draft.rows,
    columns,
    getRowId: (r) => r.key,
    state: { sorting, grouping, columnFilters, globalFilter: search, expanded },
    onSortingChange: setSorting,
    onGroupingChange: setGrouping,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setSearch,
    onExpandedChange: setExpanded,
    globalFilterFn: searchFilter(catalogs),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    groupedColumnMode: false,
    autoResetExpanded: false,
    // Every column holds text: ascending first, without asking the row models for a sample value.
    sortDescFirst: false,
  });
  // Only the grouped view builds the table's row models (one object per line and group); see line-view.ts.
  const groupedRows = grouping.length > 0 ? table.getRowModel().rows : null;
  const filteredLines = useMemo(() => filterLines(draft.rows, columnFilters, search, catalogs), [draft.rows, columnFilters, search, catalogs]);
  const sortedLines = useMemo(() => sortLines(filteredLines, sorting), [filteredLines, sorting]);
  const flat = useMemo<ViewRow[]>(
    () => (groupedRows ? groupedRows.map((r) => (r.getIsGrouped() ? { id: r.id, line: null, group: r } : lineRow(r.original))) : sortedLines.map(lineRow)),
    [groupedRows, sortedLines],
  );
  const errorCells = useMemo(() => new Map(errors.map((e) => [e.field.replace(/^lines\./, ''), e.message])), [errors]);
  /** 第N行: a line's number is its place in the budget (the saved order, new lines after), whatever the sorting. */
  const lineNos = useMemo(() => new Map(draft.rows.map((r, i) => [r.key, i + 1])), [draft.rows]);
  const editable = ws.editable;

  const scrollToIndex = (i: number) => {
    const el = scrollRef.current;
    if (!el || i < 0) return;
    const top = i * ROW_H;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + VIEW_H - HEAD_H) el.scrollTop = top + ROW_H - VIEW_H + HEAD_H;
    setScrollTop(el.scrollTop);
  };
  const focusLine = (key: string, c = 1) => {
    setFocusCol(c);
    setFocusKey(key);
  };
  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  useEffect(() => {
    // A scroll made before hydration left no state behind; take the container's position now.
    setScrollTop(scrollRef.current?.scrollTop ?? 0);
    setHydrated(true);
  }, []);
  useWorkspaceFocus((focus) => {
    if (focus.kind !== 'line') return;
    focusLine(focus.ref);
    setFlashKey((f) => ({ key: focus.ref, n: (f?.n ?? 0) + 1 }));
  });
  useEffect(() => {
    if (!flashKey) return;
    const t = window.setTimeout(() => setFlashKey(null), 3000);
    return () => window.clearTimeout(t);
  }, [flashKey]);
  useEffect(() => {
    if (!focusKey) return;
    const i = flat.findIndex((r) => r.id === focusKey);
    if (i < 0) {
      if (search || columnFilters.length > 0 || grouping.length > 0) {
        setSearch('');
        setColumnFilters([]);
        setGrouping([]);
      } else setFocusKey(null);
      return;
    }
    setActive({ rowId: focusKey, c: focusCol });
    scrollToIndex(i);
    setFocusKey(null);
    // The grid sits below the tab strip: bring it into the window, then the line within it.
    scrollRef.current?.scrollIntoView({ block: 'nearest' });
    focusGrid();
  }, [focusKey, focusCol, flat, search, columnFilters, grouping]);

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [grouping, columnFilters, search, sorting]);

  const move = (from: Pos, dr: number, dc: number) => {
    const i = flat.findIndex((r) => r.id === from.rowId);
    let c = from.c + dc;
    let r = i + dr;
    if (c >= GRID_COLUMNS.length) [c, r] = [0, r + 1];
    if (c < 0) [c, r] = [GRID_COLUMNS.length - 1, r - 1];
    r = Math.max(0, Math.min(flat.length - 1, r));
    if (!flat[r]) return;
    setActive({ rowId: flat[r].id, c });
    scrollToIndex(r);
  };

  const commit = (line: GridLine, field: LineField, value: string, how: CommitMove) => {
    const patch: Partial<GridLine> = { [field]: value } as Partial<GridLine>;
    if (field === 'deptEconCode' && catalogs.suggestGov.has(value)) patch.govEconCode = catalogs.suggestGov.get(value)!;
    if (field === 'kind' && value === 'BASIC') patch.projectCode = null;
    if (field === 'projectCode' && value) patch.kind = 'PROJECT';
    draft.update(line.key, patch);
    const pos = editing!;
    setEditing(null);
    focusGrid();
    if (how === 'down') move(pos, 1, 0);
    if (how === 'right') move(pos, 0, 1);
    if (how === 'left') move(pos, 0, -1);
  };

  const startEdit = (pos: Pos, initialText?: string) => {
    const row = flat.find((r) => r.id === pos.rowId);
    if (!editable || !row?.line || !GRID_COLUMNS[pos.c].editor) return;
    if (GRID_COLUMNS[pos.c].id === 'projectCode' && row.line.kind === 'BASIC' && catalogs.projects.size === 0) return;
    setEditing({ ...pos, initialText });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const commands: [boolean, () => void][] = [
      [e.key === 'Insert' || (ctrl && e.key === 'Enter'), addLine],
      [ctrl && e.key.toLowerCase() === 'd', duplicateLine],
      [e.key === 'Delete', deleteLine],
      [ctrl && e.key.toLowerCase() === 'z' && !!undo, undoDelete],
    ];
    const command = editable ? commands.find(([hit]) => hit) : undefined;
    if (command) {
      e.preventDefault();
      command[1]();
      return;
    }
    if (!active) {
      if (flat[0] && ['ArrowDown', 'ArrowRight', 'Enter'].includes(e.key)) setActive({ rowId: flat[0].id, c: 0 });
      return;
    }
    const row = flat.find((r) => r.id === active.rowId);
    const i = flat.findIndex((r) => r.id === active.rowId);
    // Tab past the last cell (Shift+Tab before the first) leaves the grid, like any other field.
    const atEnd = e.shiftKey ? i === 0 && active.c === 0 : i === flat.length - 1 && active.c === GRID_COLUMNS.length - 1;
    if (e.key === 'Tab' && atEnd) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active, 1, 0),
      ArrowUp: () => move(active, -1, 0),
      ArrowRight: () => move(active, 0, 1),
      ArrowLeft: () => move(active, 0, -1),
      Tab: () => move(active, 0, e.shiftKey ? -1 : 1),
      Enter: () => (row?.group ? row.group.toggleExpanded() : startEdit(active)),
      F2: () => startEdit(active),
      Escape: () => undefined, // nothing to cancel: the selection stays
    };
    if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const ed = GRID_COLUMNS[active.c].editor;
      if (ed && !['kind', 'source', 'timing'].includes(ed)) {
        e.preventDefault();
        startEdit(active, e.key);
      }
    }
  };

  const activeLine = active ? (draft.rows.find((r) => r.key === active.rowId) ?? null) : null;
  const addLine = () => {
    const line = blankLine(
      activeLine
        ? {
            source: activeLine.source,
            timing: activeLine.timing,
            kind: activeLine.kind,
            projectCode: activeLine.projectCode,
            functionCode: activeLine.functionCode,
          }
        : {},
    );
    draft.insertAfter(null, line);
    setSearch('');
    setColumnFilters([]);
    focusLine(line.key);
  };
  const duplicateLine = () => {
    if (!activeLine) return;
    const copy = { ...activeLine, key: newLineKey() };
    draft.insertAfter(activeLine.key, copy);
    focusLine(copy.key);
  };
  const deleteLine = () => {
    if (!activeLine) return;
    const i = flat.findIndex((r) => r.id === activeLine.key);
    setUndo({ line: activeLine, index: draft.rows.findIndex((r) => r.key === activeLine.key) });
    draft.remove(activeLine.key);
    const next = flat[i + 1] ?? flat[i - 1];
    setActive(next && next.id !== activeLine.key ? { rowId: next.id, c: active!.c } : null);
  };
  const undoDelete = () => {
    if (!undo) return;
    draft.restore(undo.line, undo.index);
    setUndo(null);
    focusLine(undo.line.key);
  };
  const save = async () => {
    const r = await status.track(() =>
      ws.save((v) =>
        saveLinesAction({
          budgetId: ws.budgetId,
          expectedVersion: v,
          upserts: draft.changed.map(({ sortOrder: _s, ...l }) => ({ ...l, rowNo: lineNos.get(l.key) })),
          deletes: draft.deleted,
        }),
      ),
    );
    const bad = r && !r.ok ? r.fieldErrors : [];
    setErrors(bad);
    if (r?.ok) setUndo(null);
    // The first bad cell: shown, selected and outlined, so the eye lands on it rather than on the list above.
    const first = bad.map((e) => /^lines\.([^.]+)\.(\w+)$/.exec(e.field)).find((m) => m !== null);
    if (first) {
      const c = GRID_COLUMNS.findIndex((col) => col.id === first[2]);
      focusLine(first[1], c < 0 ? 1 : c);
      setFlashKey((f) => ({ key: first[1], n: (f?.n ?? 0) + 1 }));
    }
  };

  // Ctrl+S saves the grid while it is on screen (an open cell editor is committed first), never the browser's 另存为.
  const [saveAsked, setSaveAsked] = useState(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 's' || !scrollRef.current?.offsetParent) return;
      e.preventDefault();
      if (!editable) return;
      if (document.activeElement instanceof HTMLElement && scrollRef.current.contains(document.activeElement)) document.activeElement.blur();
      setSaveAsked(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editable]);
  useEffect(() => {
    if (!saveAsked || editing) return;
    setSaveAsked(false);
    focusGrid();
    if (draft.changed.length + draft.deleted.length > 0 && !status.pending) void save();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once the edit asked to save is committed
  }, [saveAsked, editing]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(flat.length, Math.ceil((scrollTop + VIEW_H) / ROW_H) + OVERSCAN);
  const total = useMemo(() => sumYuan(filteredLines.map((l) => l.amount)), [filteredLines]);
  const width = GRID_COLUMNS.reduce((s, c) => s + c.width, 0);
  const dirtyCount = draft.changed.length + draft.deleted.length;
  const { markDirty } = ws;
  useEffect(() => markDirty('lines', dirtyCount > 0), [markDirty, dirtyCount]);
  useEffect(() => () => markDirty('lines', false), [markDirty]);

  return (
    <div className="lines-grid">
      <GridToolbar
        table={table}
        lines={draft.rows}
        catalogs={catalogs}
        search={search}
        setSearch={setSearch}
        grouping={grouping}
        setGrouping={setGrouping}
        editable={editable}
        hasActive={!!activeLine}
        dirtyCount={dirtyCount}
        pending={status.pending}
        onAdd={addLine}
        onDuplicate={duplicateLine}
        onDelete={deleteLine}
        onSave={save}
        onDiscard={() => {
          draft.discard();
          setErrors([]);
        }}
      />
      <SaveFeedback {...status} />
      {undo && (
        <p className="undo-bar" role="status">
          已删除 1 行（{undo.line.functionCode || '未填科目'}，{undo.line.amount} 元）。
          <button type="button" onClick={undoDelete}>
            撤销
          </button>
        </p>
      )}
      {errors.length > 0 && (
        <ul className="field-errors" aria-label="支出明细错误">
          {errors.slice(0, 50).map((e, i) => {
            const m = /^lines\.([^.]+)\.(\w+)$/.exec(e.field);
            return (
              <li key={i}>
                {m ? (
                  <button type="button" className="link-button" onClick={() => focusLine(m[1])}>
                    {e.message}
                  </button>
                ) : (
                  e.message
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div
        ref={scrollRef}
        className="grid-scroll"
        style={{ height: VIEW_H }}
        tabIndex={0}
        role="grid"
        aria-label="支出明细"
        aria-rowcount={flat.length}
        data-ready={hydrated}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <table className="data grid" style={{ width }}>
          <colgroup>
            {GRID_COLUMNS.map((c) => (
              <col key={c.id} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEAD_H }}>
              {table.getHeaderGroups()[0].headers.map((h, i) => (
                <th
                  key={h.id}
                  scope="col"
                  className={stickyOf(i).className}
                  style={stickyOf(i).style}
                  aria-sort={h.column.getIsSorted() === 'asc' ? 'ascending' : h.column.getIsSorted() === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort" tabIndex={-1} onClick={h.column.getToggleSortingHandler()}>
                    {String(h.column.columnDef.header)}
                    {{ asc: ' ▲', desc: ' ▼' }[h.column.getIsSorted() as string] ?? ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <Spacer height={first * ROW_H} />}
            {flat.slice(first, last).map((row) => (
              <GridRow
                key={row.id}
                row={row}
                catalogs={catalogs}
                active={active}
                editing={editing}
                errorCells={errorCells}
                lineNo={lineNos.get(row.id) ?? 0}
                flash={flashKey?.key === row.id}
                changed={draft.changedKeys.has(row.id)}
                onCellClick={(c) => {
                  setActive({ rowId: row.id, c });
                  if (editing) setEditing(null);
                }}
                onCellDoubleClick={(c) => startEdit({ rowId: row.id, c })}
                onCommit={commit}
                onCancel={() => {
                  setEditing(null);
                  focusGrid();
                }}
              />
            ))}
            {last < flat.length && <Spacer height={(flat.length - last) * ROW_H} />}
          </tbody>
        </table>
      </div>
      {editable && (
        <p className="muted grid-keys">
          键盘：方向键或 Tab 移动，Enter 或 F2 编辑，Esc 取消编辑，Ctrl+S 保存，Insert 或 Ctrl+Enter 新增行，Ctrl+D 复制行，Delete 删除行（可撤销）
        </p>
      )}
      <p className="grid-total" data-testid="lines-total">
        共 {filteredLines.length} 行（全部 {draft.rows.length} 行），合计 {yuanDisplay(total)} 元 / {wanDisplay(total)} 万元
      </p>
    </div>
  );
}
