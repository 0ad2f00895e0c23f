'use client';
import { useState } from 'react';
import type { ProcurementCategory, ProcurementItem } from '@/lib/domain/types';
import { saveProcurementAction } from '@/lib/actions/entry/budget-actions';
import { FieldMessage, invalidProps, messagesOf, SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';
import { sumYuan, wanDisplay, yuanDisplay } from './lines-grid/grid-model';

const CATEGORY: Record<ProcurementCategory, string> = { GOODS: '货物', WORKS: '工程', SERVICES: '服务' };

export function ProcurementEditor({ items }: { items: ProcurementItem[] }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const [rows, setRows] = useState(items);
  const [seen, setSeen] = useState(items);
  if (items !== seen) {
    setSeen(items);
    setRows(items);
  }
  const set = (i: number, patch: Partial<ProcurementItem>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const nextId = () => `P${String(rows.length + 1).padStart(3, '0')}${Date.now().toString(36).slice(-3).toUpperCase()}`;
  const save = () => status.track(() => ws.save((v) => saveProcurementAction({ budgetId: ws.budgetId, expectedVersion: v, items: rows })));
  const total = sumYuan(rows.map((r) => r.amount));
  const cellError = (i: number, col: string) => {
    const messages = messagesOf(status.error, `items.${i}.${col}`);
    return { props: invalidProps(messages, `error-items.${i}.${col}`), message: <FieldMessage id={`error-items.${i}.${col}`} messages={messages} /> };
  };
  return (
    <div className="entry-form" ref={status.scope}>
      <table className="data">
        <caption>政府采购预算明细（元）</caption>
        <thead>
          <tr>
            <th>编号</th>
            <th>类别</th>
            <th>品目编码</th>
            <th>采购项目名称</th>
            <th>金额（元）</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const [category, code, name, amount] = ['category', 'catalogCode', 'name', 'amount'].map((c) => cellError(i, c));
            return (
              <tr key={r.id} id={`field-procurement.${r.id}`}>
                <td>{r.id}</td>
                <td>
                  <select
                    aria-label="采购类别"
                    value={r.category}
                    disabled={!ws.editable}
                    onChange={(e) => set(i, { category: e.target.value as ProcurementCategory })}
                    {...category.props}
                  >
                    {Object.entries(CATEGORY).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                  {category.message}
                </td>
                <td>
                  <input
                    aria-label="品目编码"
                    value={r.catalogCode}
                    disabled={!ws.editable}
                    onChange={(e) => set(i, { catalogCode: e.target.value })}
                    {...code.props}
                  />
                  {code.message}
                </td>
                <td>
                  <input aria-label="采购项目名称" value={r.name} disabled={!ws.editable} onChange={(e) => set(i, { name: e.target.value })} {...name.props} />
                  {name.message}
                </td>
                <td>
                  <input
                    aria-label="采购金额"
                    inputMode="decimal"
                    value={r.amount}
                    disabled={!ws.editable}
                    onChange={(e) => set(i, { amount: e.target.value })}
                    {...amount.props}
                  />
                  {amount.message}
                </td>
                <td>
                  {ws.editable && (
                    <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                      删除
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>合计</td>
            <td className="amount">
              {yuanDisplay(total)} 元 / {wanDisplay(total)} 万元
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      {ws.editable && (
        <p>
          <button type="button" onClick={() => setRows([...rows, { id: nextId(), category: 'GOODS', catalogCode: 'A', name: '', amount: '0' }])}>
            新增采购项目
          </button>{' '}
          <button type="button" className="primary" onClick={() => void save()} disabled={status.pending}>
            保存政府采购
          </button>
        </p>
      )}
      <SaveFeedback {...status} />
    </div>
  );
}
