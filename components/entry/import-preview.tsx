'use client';
import Decimal from 'decimal.js';
import type { ImportSummary } from '@/lib/data/entry/import-plan';
import { IMPORT_MODE_LABELS } from '@/lib/domain/entry-labels';

const yuan = (s: string) => {
  const [i, f] = new Decimal(s).toFixed(2).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
const wan = (s: string) => new Decimal(s).div(10000).toFixed(2, Decimal.ROUND_HALF_UP);
const codes = (list: string[]) => (list.length === 0 ? '—' : `${list.length} 个（${list.slice(0, 5).join('、')}${list.length > 5 ? '等' : ''}）`);

/** What the import would do, before anything is written: the user confirms or cancels. */
export function ImportPreview({
  summary: s,
  pending,
  onConfirm,
  onCancel,
}: {
  summary: ImportSummary;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <section className="import-preview" aria-label="导入预览" data-testid="import-preview">
      <h3>导入预览（{IMPORT_MODE_LABELS[s.mode]}，尚未写入）</h3>
      <table className="data">
        <thead>
          <tr>
            <th />
            <th>新增</th>
            <th>修改</th>
            <th>删除</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">支出明细（行）</th>
            <td>{s.lines.added}</td>
            <td>{s.lines.changed}</td>
            <td>{s.lines.removed}</td>
          </tr>
          <tr>
            <th scope="row">项目</th>
            <td>{codes(s.projects.added)}</td>
            <td>{codes(s.projects.changed)}</td>
            <td>{codes(s.projects.removed)}</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="import-total">
        收支总计：{yuan(s.totalBefore)} 元（{wan(s.totalBefore)} 万元）→ {yuan(s.totalAfter)} 元（{wan(s.totalAfter)} 万元）
      </p>
      <p>
        <button type="button" className="primary" onClick={onConfirm} disabled={pending}>
          确认导入
        </button>{' '}
        <button type="button" onClick={onCancel} disabled={pending}>
          取消
        </button>
      </p>
    </section>
  );
}
