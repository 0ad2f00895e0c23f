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
