import { describe, expect, it } from 'vitest';
import type { Indicator } from '../types';
import { indicatorRows } from './indicator-rows';
import { referenceIndicatorRows } from './__fixtures__/reference-indicator-rows';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '自定一级'];
const LEVEL2 = ['数量指标', '质量指标', '社会效益', '服务对象满意度', '自定二级', '另一二级'];
const NAMES = ['检查批次', '覆盖率', '满意度', '办结时限', '成本'];

function randomIndicators(next: () => number, count: number): Indicator[] {
  return Array.from({ length: count }, () => ({
    level1: LEVEL1[next() % LEVEL1.length],
    level2: LEVEL2[next() % LEVEL2.length],
    name: NAMES[next() % NAMES.length],
    value: next() % 2 === 0 ? { comparator: '≥', number: String(next() % 500), unit: '批次' } : { text: '明显提升' },
  }));
}

describe('indicatorRows', () => {
  it('builds the rows the first implementation built, standard and other names, paired and unpaired', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) >>> 4;
    for (let n = 0; n < 3_000; n++) {
      const period = randomIndicators(next, next() % 9);
      const year = randomIndicators(next, next() % 9);
      expect(indicatorRows(period, year)).toEqual(referenceIndicatorRows(period, year));
    }
  });

  it('prints the standard tree blank for a project without indicators', () => {
    const rows = indicatorRows([], []);
    expect(rows.map((r) => [r.level1, r.level1RowSpan, r.period.level2, r.period.name, r.year.name])).toEqual([
      ['产出指标', 4, '数量指标', '', ''],
      ['产出指标', 0, '质量指标', '', ''],
      ['产出指标', 0, '时效指标', '', ''],
      ['产出指标', 0, '成本指标', '', ''],
      ['效益指标', 4, '经济效益', '', ''],
      ['效益指标', 0, '社会效益', '', ''],
      ['效益指标', 0, '生态效益', '', ''],
      ['效益指标', 0, '可持续影响', '', ''],
      ['满意度指标', 1, '服务对象满意度', '', ''],
    ]);
  });
});
