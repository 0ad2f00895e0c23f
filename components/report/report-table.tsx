import type { DerivedTable } from '@/lib/domain/types';
import { yuanText } from '@/lib/domain/money';

/**
 * A derived disclosure table in the official layout: title, 单位名称 and 单位 lines, multi-row
 * header with merged cells, right-aligned amounts whose exact 元 figure shows on hover or focus.
 */
export function ReportTable({ table, id }: { table: DerivedTable; id?: string }) {
  const captionId = `${id ?? `table-${table.no}`}-caption`;
  return (
    <section className="report-table" id={id ?? `table-${table.no}`} aria-labelledby={captionId}>
      <div className="report-table-meta">
        <span>单位名称：{table.orgName}</span>
        <span>单位：{table.unit}</span>
      </div>
      <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="data report">
          <caption id={captionId}>{table.title}</caption>
          <thead>
            {table.header.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <th key={c} scope={cell.colSpan && cell.colSpan > 1 ? 'colgroup' : 'col'} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => {
                  const exact = table.exact[r]?.[c];
                  if (exact == null) return <td key={c}>{cell}</td>;
                  return (
                    <td key={c} className="amount" title={`${yuanText(exact)} 元`} tabIndex={cell ? 0 : undefined} data-exact={exact}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.map((n, i) => (
        <p key={i} className="report-note">
          {n}
        </p>
      ))}
    </section>
  );
}
