import { chineseNumeral } from '../domain/function-classes';
import { DEFAULT_TEMPLATE_ID, isTemplateId } from '../domain/templates';
import { phraseText } from '../domain/templates/fixed-phrases';
import type { DerivedDocument } from '../domain/types';
import { scopeWord } from './frozen-disclosure';

// The 目录 of a disclosure document: the one list of headings (with their anchors) that the public
// page, the PDF and the Word export print, in the seed's order.

export interface OutlineEntry {
  id: string; // anchor on the page
  label: string;
  level: 1 | 2;
}

/** 1 → 一, 10 → 十, 13 → 十三, 21 → 二十一 (1 to 99): the domain's one numeral helper. */
export { chineseNumeral } from '../domain/function-classes';

/** A fixed phrase of the document's template in the wording it was derived (or frozen) with. */
export function documentPhrase(doc: DerivedDocument, key: string): string {
  const id = doc.template?.id;
  const templateId = id !== undefined && isTemplateId(id) ? id : DEFAULT_TEMPLATE_ID;
  return phraseText(templateId, doc.phrases, key, { year: String(doc.year), scope: scopeWord(doc) });
}

export function partTitles(doc: DerivedDocument) {
  return {
    profile: documentPhrase(doc, 'part.profile'),
    duties: documentPhrase(doc, 'profile.duties'),
    structure: documentPhrase(doc, 'profile.structure'),
    tables: documentPhrase(doc, 'part.tables'),
    narrative: documentPhrase(doc, 'part.narrative'),
    glossary: documentPhrase(doc, 'part.glossary'),
  };
}

export const PERFORMANCE_ANCHOR = 'performance-tables';
export const PERFORMANCE_HEADING = '附件：项目支出绩效目标表';

export function tableHeading(no: number, title: string): string {
  return `表${chineseNumeral(no)} ${title}`;
}

/** Whether the document is laid out in 上海市's template (documents stored before templates are 山西's). */
export function isShanghai(doc: DerivedDocument): boolean {
  return doc.template?.id === 'shanghai';
}

/** Anchor of the 名词解释 part in a Shanghai document (Shanxi's is part-4). */
export const SHANGHAI_GLOSSARY_ANCHOR = 'glossary';

/**
 * Shanghai's 目录 as its references print it: 一、单位主要职能 二、单位机构设置 三、名词解释 四、单位预算编制说明
 * 五、单位预算表 (its nine tables) 六、其他相关情况说明, then 七、项目经费情况说明.
 */
export function shanghaiOutline(doc: DerivedDocument): OutlineEntry[] {
  const [explanation, ...rest] = doc.narrative;
  const entries: Omit<OutlineEntry, 'label'>[] = [];
  const labels: string[] = [];
  const top = (id: string, label: string) => {
    entries.push({ id, level: 1 });
    labels.push(`${chineseNumeral(labels.length + 1)}、${label}`);
  };
  top('profile-duties', documentPhrase(doc, 'heading.duties'));
  top('profile-structure', documentPhrase(doc, 'heading.structure'));
  top(SHANGHAI_GLOSSARY_ANCHOR, documentPhrase(doc, 'heading.glossary'));
  if (explanation) top(`narrative-${explanation.no}`, documentPhrase(doc, 'heading.explanation'));
  top('part-2', documentPhrase(doc, 'heading.tables'));
  const tablesAt = entries.length;
  for (const s of rest) top(`narrative-${s.no}`, s.title);
  const outline = entries.map((e, i): OutlineEntry => ({ ...e, label: labels[i] }));
  const tables = doc.tables.map((t): OutlineEntry => ({ id: `table-${t.no}`, label: `${t.no}. ${t.title}`, level: 2 }));
  return [...outline.slice(0, tablesAt), ...tables, ...outline.slice(tablesAt)];
}

export function documentOutline(doc: DerivedDocument): OutlineEntry[] {
  if (isShanghai(doc)) return shanghaiOutline(doc);
  const parts = partTitles(doc);
  return [
    { id: 'part-1', label: parts.profile, level: 1 },
    { id: 'profile-duties', label: parts.duties, level: 2 },
    { id: 'profile-structure', label: parts.structure, level: 2 },
    { id: 'part-2', label: parts.tables, level: 1 },
    ...doc.tables.map((t): OutlineEntry => ({ id: `table-${t.no}`, label: tableHeading(t.no, t.title), level: 2 })),
    { id: 'part-3', label: parts.narrative, level: 1 },
    ...doc.narrative.flatMap((s): OutlineEntry[] => [
      { id: `narrative-${s.no}`, label: `${s.no}、${s.title}`, level: 2 },
      // the performance tables are the annex of 十 绩效管理情况 and print right after it
      ...(s.no === '十' && doc.projects.length > 0 ? [{ id: PERFORMANCE_ANCHOR, label: PERFORMANCE_HEADING, level: 2 } as OutlineEntry] : []),
    ]),
    { id: 'part-4', label: parts.glossary, level: 1 },
  ];
}
