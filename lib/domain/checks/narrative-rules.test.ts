import { describe, expect, it } from 'vitest';
import { deriveDocument } from '../derive-document';
import { deriveNarrative } from '../narrative';
import { deriveProjectTables } from '../projects';
import { buildContext, deriveTables } from '../tables';
import type { NarrativeSection } from '../types';
import { failures, rowOf, sampleWith, tablesWith } from './__fixtures__/sample-checks';
import { runChecks } from './index';
import { narrativeRules, printedAmount } from './narrative-rules';

const input = sampleWith();
const tables = deriveTables(input);
const narrative = deriveNarrative(input, buildContext(input));
const rule = 'NARRATIVE_EQ_TABLES';

const withText = (no: string, change: (text: string) => string): NarrativeSection[] => narrative.map((s) => (s.no === no ? { ...s, text: change(s.text) } : s));

describe('NARRATIVE_EQ_TABLES: the narrative figures against the table cells', () => {
  it('passes on the seed document and reports like the other rules', () => {
    const doc = deriveDocument(input);
    const result = doc.checks.filter((c) => c.rule === rule);
    expect(result).toEqual([
      {
        rule,
        name: '情况说明中的金额等于表中对应数',
        severity: 'BLOCKING',
        passed: true,
        message: '情况说明中的金额等于表中对应数：通过',
        figures: [],
        refs: { tables: [1, 3, 4, 5, 6, 10, 11] },
      },
    ]);
  });

  it('reads the figures the seed narrative prints', () => {
    const section = (no: string) => narrative.find((s) => s.no === no)!;
    expect(printedAmount(section('一'), '预算收入总计')).toBe('2,197.30');
    expect(printedAmount(section('三'), '项目支出')).toBe('515.54');
    expect(printedAmount(section('八'), '机关运行经费财政拨款预算')).toBe('195.98');
    expect(printedAmount(section('四'), '一般公共预算拨款')).toBe('2,197.30');
  });

  it('fails naming the figure, the narrative value and the table value when a narrative figure is changed', () => {
    const changed = withText('三', (t) => t.replace('项目支出515.54万元', '项目支出515.55万元'));
    const result = narrativeRules(changed, tables);
    expect(result.map((c) => c.message)).toEqual(['情况说明“三、支出预算情况说明”中的项目支出 515.55万元 ≠ 表三 合计 515.54万元']);
    expect(result[0]).toMatchObject({ passed: false, severity: 'BLOCKING', refs: { tables: [3] } });
    expect(result[0].figures.map((f) => [f.label, f.value, f.display])).toEqual([
      ['情况说明 三、项目支出', '5155500.00', '515.55万元'],
      ['表三 合计', '5155371.00', '515.54万元'],
    ]);
  });

  it('fails when a table cell is changed', () => {
    const changedTables = tablesWith(tables, 11, [{ row: 0, col: 1, delta: '100' }]);
    const checks = runChecks(input, changedTables, deriveProjectTables(input), undefined, undefined, narrative);
    expect(failures(checks, rule)).toEqual(['情况说明“八、机关运行经费增减变动原因说明”中的机关运行经费财政拨款预算 195.98万元 ≠ 表十一 部门合计 195.99万元']);
  });

  it('compares the 支出 side of table 1', () => {
    const changedTables = tablesWith(tables, 1, [{ row: rowOf(tables, 1, '支出总计', 2), col: 4, delta: '-500' }]);
    expect(narrativeRules(narrative, changedTables).map((c) => c.message)).toEqual([
      '情况说明“一、单位预算收支数据变动情况及原因”中的本年预算安排 2,190.36万元 ≠ 表一 支出总计 2,190.31万元',
    ]);
  });
});
