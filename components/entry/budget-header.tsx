import { sumLines } from '@/lib/domain/aggregate';
import { wanText } from '@/lib/domain/money';
import { FISCAL_SOURCES, UNIT_KIND_LABELS, type UnitBudget } from '@/lib/domain/types';
import type { WorkspaceData } from '@/lib/data/entry/load-workspace';
import { WorkspaceNav } from './workspace-nav';

/** Unit, year, status, version and totals (万元), kept in view while editing. */
export function BudgetHeader({ data, unit, canSubmit }: { data: WorkspaceData; unit: UnitBudget; canSubmit: boolean }) {
  const lines = unit.lines;
  const figures: [string, string][] = [
    ['收支总计', wanText(sumLines(lines))],
    ['基本支出', wanText(sumLines(lines, { kind: 'BASIC' }))],
    ['项目支出', wanText(sumLines(lines, { kind: 'PROJECT' }))],
    ['财政拨款', wanText(sumLines(lines, { sources: FISCAL_SOURCES }))],
    ['上年结转', wanText(sumLines(lines, { timing: 'CARRYOVER' }))],
  ];
  const b = data.budget!;
  const blocking = data.document?.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed).length ?? 0;
  const submittable = canSubmit && (b.status === 'DRAFT' || b.status === 'RETURNED');
  return (
    <header className="budget-header" aria-label="预算概要">
      <WorkspaceNav budgetId={b.id} canSubmit={submittable} blocking={blocking} />
      <div>
        <strong>{data.org.name}</strong>{' '}
        <span className="muted">
          （{data.org.code}，{UNIT_KIND_LABELS[data.org.kind]}）
        </span>{' '}
        {data.yearName}单位预算
      </div>
      <div className="status">
        状态：
        <span data-testid="budget-status" className={`tag status-${b.status}`}>
          {b.statusLabel}
        </span>{' '}
        版本：<span data-testid="budget-version">{b.version}</span>
        {!b.editable && <span className="muted">（只读：{data.canEdit ? '仅草稿或退回修改状态可编辑' : '无编辑权限'}）</span>}
      </div>
      <dl className="totals">
        {figures.map(([k, v]) => (
          <div key={k} data-testid={`total-${k}`}>
            <dt>{k}</dt>
            <dd>{v} 万元</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
