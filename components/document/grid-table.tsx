import type { GridCell } from '@/lib/document/performance-grid';

/** A merged-cell grid (e.g. a 绩效目标表) as an accessible table; header cells label their row. */
export function GridTable({ caption, rows, className }: { caption: string; rows: GridCell[][]; className?: string }) {
  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={`data grid ${className ?? ''}`}>
        <caption>{caption}</caption>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                cell.header ? (
                  <th key={c} scope={cell.colSpan && cell.colSpan > 1 ? 'colgroup' : 'row'} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.text}
                  </th>
                ) : (
                  <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={cell.align ? `align-${cell.align}` : undefined}>
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
