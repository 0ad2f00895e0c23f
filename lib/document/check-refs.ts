import type { CheckResult, UnitBudget } from '../domain/types';
import { REASON_LABELS } from '../domain/entry-labels';
import type { WorkspaceFocus } from './workspace-links';

// What a failing check concerns, named as the accountant sees it (第N行, project code and name, the field's
// label), with the workspace focus that opens it. Internal ids go into the focus only, never into the text.

export interface RefNames {
  lineNos: Record<string, number>;
  projects: Record<string, string>;
  procurementNos: Record<string, number>;
}

export function refNamesOf(unit: Pick<UnitBudget, 'lines' | 'projects' | 'procurement'>): RefNames {
  return {
    lineNos: Object.fromEntries(unit.lines.map((l, i) => [l.id, i + 1])),
    projects: Object.fromEntries(unit.projects.map((p) => [p.code, p.name])),
    procurementNos: Object.fromEntries(unit.procurement.map((p, i) => [p.id, i + 1])),
  };
}

function fieldText(field: string, names: RefNames): string {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  const key = dot < 0 ? '' : field.slice(dot + 1);
  if (head === 'reasons') return `情况说明：${REASON_LABELS[key as keyof typeof REASON_LABELS] ?? '增减原因'}`;
  if (head === 'priorYear') return '上年对比数';
  if (head === 'procurement') return names.procurementNos[key] ? `政府采购第${names.procurementNos[key]}项` : '政府采购';
  if (head === 'assets') return '国有资产';
  return '单位概况';
}

export function checkRefTargets(refs: CheckResult['refs'], names: RefNames): { focus: WorkspaceFocus; text: string }[] {
  return [
    ...(refs.lineIds ?? []).map((id) => ({
      focus: { kind: 'line', ref: id } as const,
      text: names.lineNos[id] ? `支出明细第${names.lineNos[id]}行` : '支出明细',
    })),
    ...(refs.projectCodes ?? []).map((c) => ({
      focus: { kind: 'project', ref: c } as const,
      text: `项目 ${c}${names.projects[c] ? ` ${names.projects[c]}` : ''}`,
    })),
    ...(refs.fields ?? []).map((f) => ({ focus: { kind: 'field', ref: f } as const, text: fieldText(f, names) })),
    ...(refs.tables ?? []).map((n) => ({ focus: { kind: 'table', ref: String(n) } as const, text: `表${n}` })),
  ];
}
