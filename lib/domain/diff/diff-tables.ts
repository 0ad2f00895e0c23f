import type { DerivedTable } from '../types';
import { amountDelta, type AmountDelta } from './diff-lines';

export interface CellChange {
  rowLabel: string; // the row's text cells, e.g. "201 一般公共服务支出"
  columnLabel: string; // the header path above the column, e.g. "一般公共预算 / 基本支出"
  beforeText: string; // 万元 as printed ('' when blank)
  afterText: string;
  amount: AmountDelta; // exact 元
}

export interface TableDiff {
  no: number;
  title: string;
  cells: CellChange[];
  rowsAdded: string[];
  rowsRemoved: string[];
}

/** Each column's header path, top to bottom, e.g. "财政拨款 / 一般公共预算". */
export function columnLabels(table: DerivedTable): string[] {
  const rows = table.header.length;
  const slots: string[][] = Array.from({ length: rows }, () => []);
  table.header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (slots[r][c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < rows; dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) slots[r + dr][c + dc] = cell.text;
      }
      c += cell.colSpan ?? 1;
    }
  });
  const width = Math.max(0, ...slots.map((s) => s.length));
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of slots) {
      const text = row[c]?.trim();
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' / ');
  });
}

/** Stable row keys: the row's text (non-amount) cells, with a counter for repeats. */
function rowKeys(table: DerivedTable): string[] {
  const seen = new Map<string, number>();
  return table.rows.map((row, r) => {
    const label =
      row
        .filter((_, c) => table.exact[r]?.[c] == null)
        .filter(Boolean)
        .join(' ') || `第${r + 1}行`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label}（${n}）`;
  });
}

/** Changed amount cells of one table, rows matched by their labels, columns by position. */
export function diffTable(before: DerivedTable | undefined, after: DerivedTable | undefined): TableDiff | null {
  const table = after ?? before;
  if (!table) return null;
  const labels = columnLabels(table);
  const oldKeys = before ? rowKeys(before) : [];
  const newKeys = after ? rowKeys(after) : [];
  const oldRows = new Map(oldKeys.map((k, r) => [k, r]));
  const newRows = new Map(newKeys.map((k, r) => [k, r]));
  const cells: CellChange[] = [];
  const keys = [...newKeys, ...oldKeys.filter((k) => !newRows.has(k))];
  for (const key of keys) {
    const ro = oldRows.get(key);
    const rn = newRows.get(key);
    const width = Math.max(ro !== undefined ? before!.rows[ro].length : 0, rn !== undefined ? after!.rows[rn].length : 0);
    for (let c = 0; c < width; c++) {
      const eo = ro !== undefined ? (before!.exact[ro]?.[c] ?? null) : null;
      const en = rn !== undefined ? (after!.exact[rn]?.[c] ?? null) : null;
      if (eo === null && en === null) continue;
      const a = eo ?? '0';
      const b = en ?? '0';
      if (amountDelta(a, b).delta === '0.00') continue;
      cells.push({
        rowLabel: key,
        columnLabel: labels[c] || `第${c + 1}列`,
        beforeText: ro !== undefined ? (before!.rows[ro][c] ?? '') : '',
        afterText: rn !== undefined ? (after!.rows[rn][c] ?? '') : '',
        amount: amountDelta(a, b),
      });
    }
  }
  return {
    no: table.no,
    title: table.title,
    cells,
    rowsAdded: newKeys.filter((k) => !oldRows.has(k)),
    rowsRemoved: oldKeys.filter((k) => !newRows.has(k)),
  };
}

/** Per-table deltas between two frozen documents; tables without any change are left out. */
export function diffTables(before: readonly DerivedTable[], after: readonly DerivedTable[]): TableDiff[] {
  const nos = [...new Set([...after.map((t) => t.no), ...before.map((t) => t.no)])].sort((a, b) => a - b);
  return nos
    .map((no) =>
      diffTable(
        before.find((t) => t.no === no),
        after.find((t) => t.no === no),
      ),
    )
    .filter((d): d is TableDiff => d !== null && (d.cells.length > 0 || d.rowsAdded.length > 0 || d.rowsRemoved.length > 0));
}
