'use client';
import { GRID_COLUMNS, stickyOf, type LineField } from './columns';
import { CellEditor, type CommitMove } from './cell-editor';
import { sumYuan, wanDisplay, yuanDisplay, type GridCatalogs, type GridLine } from './grid-model';
import type { ViewRow } from './line-view';

export const ROW_H = 32;
export type Pos = { rowId: string; c: number };

export function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={GRID_COLUMNS.length} style={{ height }} />
    </tr>
  );
}

export function GridRow({
  row,
  catalogs,
  active,
  editing,
  errorCells,
  lineNo,
  flash,
  changed,
  onCellClick,
  onCellDoubleClick,
  onCommit,
  onCancel,
}: {
  row: ViewRow;
  catalogs: GridCatalogs;
  active: Pos | null;
  editing: (Pos & { initialText?: string }) | null;
  errorCells: Map<string, string>;
  lineNo: number;
  flash: boolean;
  changed: boolean;
  onCellClick: (c: number) => void;
  onCellDoubleClick: (c: number) => void;
  onCommit: (l: GridLine, f: LineField, v: string, m: CommitMove) => void;
  onCancel: () => void;
}) {
  if (row.group) {
    const group = row.group;
    const col = GRID_COLUMNS.find((c) => c.id === group.groupingColumnId)!;
    const subtotal = sumYuan(
      group
        .getLeafRows()
        .filter((r) => !r.getIsGrouped())
        .map((r) => r.original.amount),
    );
    const isActive = active?.rowId === row.id;
    return (
      <tr
        className={`group-row depth-${group.depth}${isActive ? ' active' : ''}`}
        style={{ height: ROW_H }}
        data-group={String(group.groupingValue)}
        onClick={() => onCellClick(0)}
      >
        <td colSpan={GRID_COLUMNS.length} style={{ paddingLeft: 8 + group.depth * 16 }}>
          <div className="group-inner">
            <span className="group-label">
              <button type="button" className="expand" tabIndex={-1} aria-expanded={group.getIsExpanded()} onClick={group.getToggleExpandedHandler()}>
                {group.getIsExpanded() ? '▾' : '▸'}
              </button>{' '}
              {col.header}：{String(group.groupingValue) || '（空）'}（{group.getLeafRows().filter((r) => !r.getIsGrouped()).length} 行）
            </span>
            <span className="subtotal">
              小计 {yuanDisplay(subtotal)} 元 / {wanDisplay(subtotal)} 万元
            </span>
          </div>
        </td>
      </tr>
    );
  }
  const line = row.line;
  return (
    <tr
      className={[changed ? 'changed' : '', flash ? 'focus-flash' : ''].join(' ').trim() || undefined}
      style={{ height: ROW_H }}
      data-line-key={line.key}
      data-line-no={lineNo}
      aria-selected={active?.rowId === row.id}
    >
      {GRID_COLUMNS.map((col, c) => {
        const isActive = active?.rowId === row.id && active.c === c;
        const isEditing = editing?.rowId === row.id && editing.c === c;
        const problem = errorCells.get(`${line.key}.${col.id}`);
        const bad = problem !== undefined;
        const sticky = stickyOf(c);
        return (
          <td
            key={col.id}
            role="gridcell"
            data-col={col.id}
            style={sticky.style}
            className={
              [isActive ? 'active' : '', bad ? 'invalid' : '', col.id === 'amount' ? 'amount' : '', sticky.className ?? ''].join(' ').trim() || undefined
            }
            aria-invalid={bad || undefined}
            title={problem}
            onClick={() => onCellClick(c)}
            onDoubleClick={() => onCellDoubleClick(c)}
          >
            {isEditing && col.editor ? (
              <CellEditor
                editor={col.editor}
                label={col.header}
                value={String(line[col.id] ?? '')}
                initialText={editing?.initialText}
                catalogs={catalogs}
                onCommit={(v, m) => onCommit(line, col.id, v, m)}
                onCancel={onCancel}
              />
            ) : (
              <span className="cell-text">{col.id === 'key' ? lineNo : col.label(line, catalogs)}</span>
            )}
            {bad && !isEditing && (
              <span className="cell-error" role="note">
                {problem}
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
