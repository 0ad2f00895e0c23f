// Places rows of merged cells (HTML-style colSpan/rowSpan, covered cells omitted) on a grid, for the
// writers whose formats address cells by position (Excel, Word).

export interface SpanCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface PlacedCell<T extends SpanCell> {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  cell: T;
}

export interface PlacedGrid<T extends SpanCell> {
  cells: PlacedCell<T>[];
  rows: number;
  cols: number;
}

export function placeGrid<T extends SpanCell>(rows: T[][]): PlacedGrid<T> {
  const taken = new Set<string>();
  const cells: PlacedCell<T>[] = [];
  let cols = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r}:${c}`)) c++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr}:${c + dc}`);
      cells.push({ row: r, col: c, rowSpan, colSpan, cell });
      c += colSpan;
      cols = Math.max(cols, c);
    }
  });
  return { cells, rows: rows.length, cols };
}

/** Display width of a text in Latin character units (a CJK character counts two). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}
