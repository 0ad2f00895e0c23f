import { getTemplate } from '../domain/templates';
import type { DerivedDocument, DerivedTable } from '../domain/types';
import { chineseNumeral } from '../domain/function-classes';

// How a template labels each table in every output: the line above it (山西: 预算公开表一; 上海: none)
// and the organisation's label (山西: 单位名称; 上海: 编制单位 / 编制部门).

export interface TableLabels {
  label: string;
  orgLabel: string;
}

export function shanxiTableLabels(t: Pick<DerivedTable, 'no'>): TableLabels {
  return { label: `预算公开表${chineseNumeral(t.no)}`, orgLabel: '单位名称' };
}

export function tableLabels(doc: Pick<DerivedDocument, 'template' | 'scope'>, t: Pick<DerivedTable, 'no'>): TableLabels {
  if (doc.template?.id !== 'shanghai') return shanxiTableLabels(t);
  const phrases = getTemplate('shanghai').phrases;
  return { label: '', orgLabel: doc.scope === 'DEPARTMENT' ? phrases.orgLabelDepartment : phrases.orgLabelUnit };
}
