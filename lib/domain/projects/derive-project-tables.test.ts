import { describe, expect, it } from 'vitest';
import { projects } from '../../../prisma/seed-data/yangquan-2026/projects';
import { org } from '../../../prisma/seed-data/yangquan-2026/unit';
import type { DisclosureInput, UnitBudget } from '../types';
import { deriveProjectTables, formatIndicatorValue, parseIndicatorValue } from './index';

function inputWith(unitProjects = projects): DisclosureInput {
  const unit = { unit: org, lines: [], projects: unitProjects } as unknown as UnitBudget;
  return { year: 2026, scope: 'UNIT', org, units: [unit], catalogs: { functions: [], deptEconomic: [], govEconomic: [] } };
}

describe('parseIndicatorValue / formatIndicatorValue', () => {
  it.each([
    ['≥300批次', { comparator: '≥', number: '300', unit: '批次' }],
    ['100%', { comparator: null, number: '100', unit: '%' }],
    ['≤490元/天/人', { comparator: '≤', number: '490', unit: '元/天/人' }],
    ['94395户', { comparator: null, number: '94395', unit: '户' }],
    ['2026年12月底前', { text: '2026年12月底前' }],
    ['2025年8月至2026年7月', { text: '2025年8月至2026年7月' }],
    ['有效消除', { text: '有效消除' }],
  ])('%s', (raw, parsed) => {
    expect(parseIndicatorValue(raw)).toEqual(parsed);
    expect(formatIndicatorValue(parseIndicatorValue(raw))).toBe(raw);
  });
});

describe('deriveProjectTables on the 阳泉 sample', () => {
  const tables = deriveProjectTables(inputWith());
  const byName = (name: string) => tables.find((t) => t.projectName === name)!;

  it('covers the eight 2026 projects in code order and no carry-over project', () => {
    expect(tables.map((t) => t.projectCode)).toEqual([
      '029-2026-01',
      '029-2026-02',
      '029-2026-03',
      '029-2026-04',
      '029-2026-05',
      '029-2026-06',
      '029-2026-07',
      '029-2026-08',
    ]);
    expect(tables.map((t) => t.fundsYearTotal)).toEqual(['308,700', '178,000', '1,290,000', '2,098,271', '800,000', '30,000', '11,000', '370,000']);
  });

  it('prints the header fields and funds in 元', () => {
    const t = byName('市场监管工作经费');
    expect(t).toMatchObject({
      department: '029-阳泉市市场监督管理局',
      implementingUnit: '阳泉市市场监督管理局',
      attribute: '经常性项目（长期开展）',
      period: '99年',
      fundsPeriodTotal: '5,400,000',
      fundsYearTotal: '1,290,000',
      yearLabel: '（2026年度）',
      filledAt: '20251224133049',
      manager: '',
    });
    expect(t.fundRows).toEqual([
      { label: '中央财政资金', period: '0', year: '0' },
      { label: '省级财政资金', period: '0', year: '0' },
      { label: '市县(区)财政资金', period: '5,400,000', year: '1,290,000' },
      { label: '单位自筹', period: '0', year: '0' },
      { label: '其他资金', period: '', year: '' },
    ]);
  });

  it('merges the twice-printed 市场监管工作经费 table into one tree with 产出, 效益 and 满意度', () => {
    const rows = byName('市场监管工作经费').indicatorRows;
    expect(rows[0]).toEqual({
      level1: '产出指标',
      level1RowSpan: 14,
      period: { level2: '数量指标', level2RowSpan: 5, name: '开展食品安全监督抽检批次', value: '≥300批次' },
      year: { level2: '数量指标', level2RowSpan: 5, name: '开展食品安全监督抽检批次', value: '≥200批次' },
    });
    const fairness = rows.find((r) => r.period.name === '开展公平竞争审查')!;
    expect(fairness.year.name).toBe('开展公平竞争会议');
    const economic = rows.find((r) => r.period.level2 === '经济效益')!;
    expect(economic).toMatchObject({ level1: '效益指标', level1RowSpan: 8 });
    expect(economic.year.value).toBe('≤800元/批次');
    expect(rows.at(-1)).toMatchObject({ level1: '满意度指标', period: { name: '被检查对象满意度', value: '≥80%' } });
    expect(rows.filter((r) => r.level1RowSpan > 0).reduce((n, r) => n + r.level1RowSpan, 0)).toBe(rows.length);
  });

  it('prints every standard 二级指标, blank where the project has none', () => {
    const rows = byName('行政执法制式服装制作费').indicatorRows;
    expect(rows.map((r) => r.period.level2)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '经济效益',
      '社会效益',
      '生态效益',
      '可持续影响',
      '服务对象满意度',
    ]);
    expect(rows[4].period).toEqual({ level2: '经济效益', level2RowSpan: 1, name: '', value: '' });
    expect(rows[2].year).toMatchObject({ name: '行政执法制服服装制作完成时间', value: '2026年12月底前' });
  });

  it('fills the blanks the seed left in 2026年中央药品监管补助资金', () => {
    const t = byName('2026年中央药品监管补助资金');
    expect(t.period).toBe('99年');
    expect(t.fundRows[0]).toEqual({ label: '中央财政资金', period: '178,000', year: '178,000' });
    const time = t.indicatorRows.filter((r) => r.period.level2 === '时效指标');
    expect(time.map((r) => [r.period.name, r.year.name])).toEqual([
      ['药械化监管任务完成日期', '药械化监管任务完成日期'],
      ['化妆品抽验购样批次', '化妆品抽验购样批次'],
    ]);
  });

  it('shows a level left out blank and a project without indicators as empty groups', () => {
    const [carried] = projects.filter((p) => p.originYear === 2025);
    const [t] = deriveProjectTables({ ...inputWith([{ ...carried, originYear: 2026 }]) });
    expect(t.fundsPeriodTotal).toBe('13,100');
    expect(t.fundRows.map((r) => r.period)).toEqual(['13,100', '', '', '', '']);
    expect(t.period).toBe('');
    expect(t.indicatorRows).toHaveLength(9);
  });
});

describe('currentYearProjects', () => {
  it('includes an older project that is given money of the year', () => {
    const line = {
      id: 'X1',
      functionCode: '2013812',
      kind: 'PROJECT' as const,
      projectCode: '029-2025-02',
      deptEconCode: '30227',
      govEconCode: '50205',
      source: 'GENERAL' as const,
      timing: 'CURRENT' as const,
      amount: '1000',
    };
    const input = inputWith();
    input.units[0] = { ...input.units[0], lines: [line] };
    expect(deriveProjectTables(input).map((t) => t.projectCode)).toContain('029-2025-02');
  });
});
