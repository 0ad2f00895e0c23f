import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../derive-document';
import { TAIL_DIFFERENCE_NOTE } from '../tables/layout';
import { phraseOverrideError, phraseText, placeholdersOf, templateFixedPhrases } from './fixed-phrases';

const input = yangquanInput();

describe("a template's fixed phrases", () => {
  it('fill their placeholders, from the override when there is one', () => {
    expect(phraseText('shanxi', undefined, 'part.tables', { year: '2027', scope: '单位' })).toBe('第二部分 2027年单位预算报表');
    expect(phraseText('shanxi', { 'part.tables': '第二部分 {scope}{year}年度报表' }, 'part.tables', { year: '2027', scope: '单位' })).toBe(
      '第二部分 单位2027年度报表',
    );
    expect(placeholdersOf('截至{date}，{org}共有车辆{vehicles}{org}')).toEqual(['date', 'org', 'vehicles']);
  });

  it('every key is unique within its template', () => {
    for (const id of ['shanxi', 'shanghai'] as const) {
      const keys = templateFixedPhrases(id).map((p) => p.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('refuses an override that drops or invents a placeholder, naming the phrase in Chinese', () => {
    expect(phraseOverrideError('shanxi', 'part.tables', '第二部分 {year}年{scope}报表')).toBeNull();
    expect(phraseOverrideError('shanxi', 'part.tables', '第二部分 报表')).toBe('固定表述“第二部分标题”：必须保留占位符 {year}、{scope}（由系统自动填入）');
    expect(phraseOverrideError('shanxi', 'part.profile', '第一部分 {org}概况')).toBe('固定表述“第一部分标题”：不认识的占位符 {org}');
    expect(phraseOverrideError('shanxi', 'heading.tables', '预算表')).toMatch(/没有“heading.tables”/);
  });

  it('without overrides the document is exactly the template default; with one only its text changes', () => {
    for (const id of ['shanxi', 'shanghai']) expect(deriveDocument(input, id, {})).toEqual(deriveDocument(input, id));
    const plain = deriveDocument(input, 'shanxi');
    const worded = deriveDocument(input, 'shanxi', { 'note.tailDifference': '注：金额四舍五入，可能有尾差' });
    expect(worded.phrases).toEqual({ 'note.tailDifference': '注：金额四舍五入，可能有尾差' });
    expect(plain.tables.flatMap((t) => t.notes)).toContain(TAIL_DIFFERENCE_NOTE);
    expect(worded.tables.flatMap((t) => t.notes)).not.toContain(TAIL_DIFFERENCE_NOTE);
    expect(worded.tables.map((t) => t.notes.map((n) => (n === '注：金额四舍五入，可能有尾差' ? TAIL_DIFFERENCE_NOTE : n)))).toEqual(
      plain.tables.map((t) => t.notes),
    );
    expect(worded.checks).toEqual(plain.checks);
  });
});
