import type { VersionDiff } from '@/lib/data/workflow/get-version-diff';
import type { ExpenditureLine } from '@/lib/domain/types';
import { FUND_SOURCE_LABELS } from '@/lib/domain/types';
import { wanText, yuanText } from '@/lib/domain/money';

const KIND = { added: '新增', removed: '删除', changed: '修改' } as const;
const FIELD_LABELS: Record<keyof ExpenditureLine, string> = {
  id: '编号',
  functionCode: '功能科目',
  kind: '支出类型',
  projectCode: '项目',
  deptEconCode: '部门经济科目',
  govEconCode: '政府经济科目',
  source: '资金来源',
  timing: '年度',
  amount: '金额',
};

function describe(l: ExpenditureLine | null): string {
  if (!l) return '';
  const project = l.projectCode ? ` 项目${l.projectCode}` : '';
  return `${l.functionCode} / ${l.deptEconCode} / ${FUND_SOURCE_LABELS[l.source]}${l.timing === 'CARRYOVER' ? '（上年结转）' : ''}${project}`;
}

/** What changed since the previous submission: expenditure lines, then changed cells per table. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const { lines } = diff;
  return (
    <section aria-labelledby="diff-heading" className="version-diff">
      <h2 id="diff-heading">
        与上次提交相比的变化（第{diff.fromVersion}版 → 第{diff.toVersion}版）
      </h2>
      <p role="status">
        支出明细新增 {lines.added} 行，删除 {lines.removed} 行，修改 {lines.changed} 行；支出合计 {yuanText(lines.total.before)} 元 →{' '}
        {yuanText(lines.total.after)} 元（{lines.total.deltaWan}万元）。
      </p>
      {lines.entries.length > 0 && (
        <table className="data" aria-label="支出明细变化">
          <thead>
            <tr>
              <th>变化</th>
              <th>明细行</th>
              <th>科目 / 资金来源</th>
              <th>变化字段</th>
              <th>原金额（元）</th>
              <th>新金额（元）</th>
              <th>增减（元）</th>
              <th>增减（万元）</th>
            </tr>
          </thead>
          <tbody>
            {lines.entries.map((e) => (
              <tr key={`${e.kind}-${e.id}`} className={`diff-${e.kind}`}>
                <td>{KIND[e.kind]}</td>
                <td>{e.rowLabel}</td>
                <td>{describe(e.after ?? e.before)}</td>
                <td>{e.fields.map((f) => FIELD_LABELS[f]).join('、')}</td>
                <td className="amount">{e.before ? yuanText(e.amount.before) : ''}</td>
                <td className="amount">{e.after ? yuanText(e.amount.after) : ''}</td>
                <td className="amount">{yuanText(e.amount.delta)}</td>
                <td className="amount">{e.amount.deltaWan}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>各表变化</h3>
      {diff.tables.length === 0 && <p>各表数字均无变化。</p>}
      {diff.tables.map((t) => (
        <details key={t.no} open={diff.tables.length <= 4}>
          <summary>
            表{t.no} {t.title}：{t.cells.length} 个单元格变化
            {t.rowsAdded.length > 0 && `，新增行 ${t.rowsAdded.join('、')}`}
            {t.rowsRemoved.length > 0 && `，删除行 ${t.rowsRemoved.join('、')}`}
          </summary>
          <table className="data" aria-label={`表${t.no}变化`}>
            <thead>
              <tr>
                <th>行</th>
                <th>列</th>
                <th>原数（万元）</th>
                <th>新数（万元）</th>
                <th>增减（元）</th>
              </tr>
            </thead>
            <tbody>
              {t.cells.map((c, i) => (
                <tr key={i} className="diff-changed">
                  <td>{c.rowLabel}</td>
                  <td>{c.columnLabel}</td>
                  <td className="amount">{c.beforeText}</td>
                  <td className="amount">{c.afterText}</td>
                  <td className="amount" title={`${wanText(c.amount.delta)} 万元`}>
                    {yuanText(c.amount.delta)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
