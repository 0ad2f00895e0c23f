import type { HeaderCell } from '../types';

/**
 * The header as a printed grid: each merged cell's text in its top-left slot, every slot it
 * covers blank. Useful for plain-text renderings and for comparing with a printed table.
 */
export function headerGrid(header: readonly HeaderCell[][]): string[][] {
  const grid: (string | undefined)[][] = header.map(() => []);
  header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell.text : '';
      }
      c += colSpan;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}
