// The fixed phrases a template prints (part titles, headings, notes, fixed sentences), each with a key and
// the template's default. A year may override a phrase's wording (year_template_phrase); the {placeholders}
// stay computed, so an override must keep every placeholder of the default.
import { NO_DATA_NOTE, TAIL_DIFFERENCE_NOTE } from '../tables/layout';
import type { TemplateId } from './types';

export interface FixedPhrase {
  key: string;
  /** What the admin sees, e.g. 第二部分标题. */
  label: string;
  text: string;
}

/** A year's overrides by phrase key (only the phrases it changes). */
export type PhraseOverrides = Readonly<Record<string, string>>;

const SHANXI_PHRASES: readonly FixedPhrase[] = [
  { key: 'part.profile', label: '第一部分标题', text: '第一部分 概况' },
  { key: 'profile.duties', label: '概况：职责小标题', text: '一、本单位职责' },
  { key: 'profile.structure', label: '概况：机构设置小标题', text: '二、机构设置情况' },
  { key: 'part.tables', label: '第二部分标题', text: '第二部分 {year}年{scope}预算报表' },
  { key: 'part.narrative', label: '第三部分标题', text: '第三部分 {year}年度{scope}预算情况说明' },
  { key: 'part.glossary', label: '第四部分标题', text: '第四部分 名词解释' },
  { key: 'note.tailDifference', label: '表注：尾差说明', text: TAIL_DIFFERENCE_NOTE },
  { key: 'note.noData', label: '表注：空表说明', text: NO_DATA_NOTE },
];

const SHANGHAI_PHRASES: readonly FixedPhrase[] = [
  { key: 'heading.duties', label: '目录：主要职能', text: '{scope}主要职能' },
  { key: 'heading.structure', label: '目录：机构设置', text: '{scope}机构设置' },
  { key: 'heading.glossary', label: '目录：名词解释', text: '名词解释' },
  { key: 'heading.explanation', label: '目录：预算编制说明', text: '{scope}预算编制说明' },
  { key: 'heading.tables', label: '目录：预算表', text: '{scope}预算表' },
  { key: 'note.emptyFund', label: '表注：空表说明', text: '注：本{scope}{year}年无{fund}财政拨款安排的预算，故本表为空表。' },
  {
    key: 'sentence.assets',
    label: '其他说明：国有资产占有使用情况',
    text: '截至{date}，{org}共有车辆{vehicles}；单价50万元（含）以上通用设备{equipment50}，单价100万元（含）以上专用设备{equipment100}。',
  },
];

const PHRASES: Record<TemplateId, readonly FixedPhrase[]> = { shanxi: SHANXI_PHRASES, shanghai: SHANGHAI_PHRASES };

export function templateFixedPhrases(templateId: TemplateId): readonly FixedPhrase[] {
  return PHRASES[templateId];
}

function findPhrase(templateId: TemplateId, key: string): FixedPhrase | undefined {
  return PHRASES[templateId].find((p) => p.key === key);
}

/** The {placeholders} of a text, in order of first appearance. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z0-9]+)\}/g)].map((m) => m[1]))];
}

/** A phrase's wording in force (the year's override, else the default) with its placeholders filled. */
export function phraseText(templateId: TemplateId, overrides: PhraseOverrides | undefined, key: string, vars: Readonly<Record<string, string>> = {}): string {
  const phrase = findPhrase(templateId, key);
  if (!phrase) throw new Error(`模板 ${templateId} 没有固定表述 ${key}`);
  const text = overrides?.[key] ?? phrase.text;
  return text.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Why an override cannot be stored (Chinese, naming the phrase), or null when it can. */
export function phraseOverrideError(templateId: TemplateId, key: string, text: string): string | null {
  const phrase = findPhrase(templateId, key);
  if (!phrase) return `固定表述：模板没有“${key}”这一项`;
  const name = `固定表述“${phrase.label}”`;
  if (text.trim() === '') return `${name}：不能为空（要用模板默认表述请点“恢复默认”）`;
  if (text.length > 500) return `${name}：不超过500字`;
  const required = placeholdersOf(phrase.text);
  const missing = required.filter((p) => !text.includes(`{${p}}`));
  if (missing.length > 0) return `${name}：必须保留占位符 ${missing.map((p) => `{${p}}`).join('、')}（由系统自动填入）`;
  const unknown = placeholdersOf(text).filter((p) => !required.includes(p));
  if (unknown.length > 0) return `${name}：不认识的占位符 ${unknown.map((p) => `{${p}}`).join('、')}`;
  return null;
}
