import type { ColumnFiltersState, Row, SortingState } from '@tanstack/react-table';
import { GRID_COLUMNS, compareLines, type LineField } from './columns';
import type { GridCatalogs, GridLine } from './grid-model';

// The ungrouped grid (the usual view) filters and sorts the plain lines itself: building the table's row
// models for thousands of lines costs seconds of script and garbage collection on load. The rules are the
// column definitions' own (equality per column filter, the search over every label, compareLines), so the
// grouped view, which goes through the table's row models, shows the same lines in the same order.

/** A displayed row: a line, or (grouped view only) a group of lines. */
export type ViewRow = { id: string; line: GridLine; group: null } | { id: string; line: null; group: Row<GridLine> };

export const lineRow = (line: GridLine): ViewRow => ({ id: line.key, line, group: null });

export function lineMatches(line: GridLine, filters: ColumnFiltersState, search: string, catalogs: GridCatalogs): boolean {
  for (const f of filters) {
    if (f.value === undefined || f.value === '') continue;
    if (String(line[f.id as LineField] ?? '') !== f.value) return false;
  }
  const q = search.trim();
  return !q || GRID_COLUMNS.some((col) => col.label(line, catalogs).includes(q));
}

export function filterLines(lines: GridLine[], filters: ColumnFiltersState, search: string, catalogs: GridCatalogs): GridLine[] {
  if (filters.length === 0 && !search.trim()) return lines;
  return lines.filter((l) => lineMatches(l, filters, search, catalogs));
}

/** Stable: equal lines keep their budget order, as the table's sorting does. */
export function sortLines(lines: GridLine[], sorting: SortingState): GridLine[] {
  if (sorting.length === 0) return lines;
  const order = new Map(lines.map((l, i) => [l.key, i]));
  return [...lines].sort((a, b) => {
    for (const s of sorting) {
      const c = compareLines(s.id as LineField, a, b);
      if (c !== 0) return s.desc ? -c : c;
    }
    return order.get(a.key)! - order.get(b.key)!;
  });
}

/** The values of a column present in the lines, each with its label ('（空）' for none), ordered by value. */
export function distinctValues(lines: GridLine[], field: LineField, catalogs: GridCatalogs): [string, string][] {
  const col = GRID_COLUMNS.find((c) => c.id === field)!;
  const seen = new Map<string, GridLine>();
  for (const l of lines) {
    const v = String(l[field] ?? '');
    if (!seen.has(v)) seen.set(v, l);
  }
  return [...seen.entries()].map(([v, l]): [string, string] => [v, col.label(l, catalogs) || '（空）']).sort((a, b) => a[0].localeCompare(b[0]));
}
