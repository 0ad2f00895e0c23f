import { SHANGHAI_TEMPLATE } from './shanghai';
import { SHANXI_TEMPLATE } from './shanxi';
import type { DisclosureTemplate, TemplateId } from './types';

export { templateTables, templateTitle } from './derive-tables';
export { formatCents } from './layouts/cells';
export type { DisclosureTemplate, TemplateId } from './types';
export { SHANGHAI_TEMPLATE, SHANXI_TEMPLATE };

export const DEFAULT_TEMPLATE_ID: TemplateId = 'shanxi';

export const TEMPLATES: Record<TemplateId, DisclosureTemplate> = {
  shanxi: SHANXI_TEMPLATE,
  shanghai: SHANGHAI_TEMPLATE,
};

export function isTemplateId(id: string): id is TemplateId {
  return Object.hasOwn(TEMPLATES, id);
}

export function getTemplate(id: string = DEFAULT_TEMPLATE_ID): DisclosureTemplate {
  if (!isTemplateId(id)) throw new Error(`未知的公开模板：${id}（可选：${Object.keys(TEMPLATES).join('、')}）`);
  return TEMPLATES[id];
}

/** The templates an admin can choose for a fiscal year, with their Chinese labels. */
export function templateOptions(): { id: TemplateId; label: string }[] {
  return Object.values(TEMPLATES).map((t) => ({ id: t.id, label: templateLabel(t.id) }));
}

/** 山西省（阳泉）模板（13张表） */
export function templateLabel(id: string): string {
  const t = isTemplateId(id) ? TEMPLATES[id] : null;
  return t ? `${t.name}模板（${t.tables.length}张表）` : `未知模板（${id}）`;
}
