import { chineseNumeral } from '../domain/function-classes';
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

export function partTitles(doc: DerivedDocument) {
  const scope = scopeWord(doc);
  return {
    profile: '第一部分 概况',
    tables: `第二部分 ${doc.year}年${scope}预算报表`,
    narrative: `第三部分 ${doc.year}年度${scope}预算情况说明`,
    glossary: '第四部分 名词解释',
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
  const scope = scopeWord(doc);
  const [explanation, ...rest] = doc.narrative;
  const entries: Omit<OutlineEntry, 'label'>[] = [];
  const labels: string[] = [];
  const top = (id: string, label: string) => {
    entries.push({ id, level: 1 });
    labels.push(`${chineseNumeral(labels.length + 1)}、${label}`);
  };
  top('profile-duties', `${scope}主要职能`);
  top('profile-structure', `${scope}机构设置`);
  top(SHANGHAI_GLOSSARY_ANCHOR, '名词解释');
  if (explanation) top(`narrative-${explanation.no}`, `${scope}预算编制说明`);
  top('part-2', `${scope}预算表`);
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
    { id: 'profile-duties', label: '一、本单位职责', level: 2 },
    { id: 'profile-structure', label: '二、机构设置情况', level: 2 },
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
