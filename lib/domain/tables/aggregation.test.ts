import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { allLines, sumLines, type LineFilter } from '../aggregate';
import { deriveTables } from './index';

// The one-pass bucketing must give exactly what a direct filter over the lines gives.
const input = yangquanInput();
const lines = allLines(input.units);
const tables = deriveTables(input);
const exactSum = (f: LineFilter) => sumLines(lines, f).toFixed(2);

function functionRowExacts(no: number): { code: string; exact: (string | null)[] }[] {
  const t = tables[no - 1];
  return t.rows.map((row, i) => ({ code: row[0], exact: t.exact[i] })).filter((r) => r.code !== '合计');
}

describe('一次遍历分桶与逐条筛选求和一致', () => {
  it('table 3: 合计, 基本支出, 项目支出 of every 类/款/项', () => {
    for (const { code, exact } of functionRowExacts(3)) {
      expect(exact.slice(2)).toEqual([
        exactSum({ functionPrefix: code }),
        exactSum({ functionPrefix: code, kind: 'BASIC' }),
        exactSum({ functionPrefix: code, kind: 'PROJECT' }),
      ]);
    }
  });

  it('table 2: current-year 一般公共预算 and 上年结转 of every row', () => {
    for (const { code, exact } of functionRowExacts(2)) {
      expect(exact[3]).toBe(exactSum({ functionPrefix: code, sources: ['GENERAL'], timing: 'CURRENT' }));
      expect(exact[8]).toBe(exactSum({ functionPrefix: code, timing: 'CARRYOVER' }));
    }
  });

  it('table 6: 合计 equals the 一般公共预算 current basic lines, 人员 equals 301 + 303', () => {
    const base: LineFilter = { sources: ['GENERAL'], timing: 'CURRENT', kind: 'BASIC' };
    const total = tables[5].exact[0];
    expect(total[2]).toBe(exactSum(base));
    const personnel = sumLines(lines, { ...base, deptEconPrefix: '301' }).plus(sumLines(lines, { ...base, deptEconPrefix: '303' }));
    expect(total[3]).toBe(personnel.toFixed(2));
  });

  it('tables 12 and 13: every project row equals its lines', () => {
    const projects = input.units[0].projects;
    for (const [no, timing] of [
      [12, 'CURRENT'],
      [13, 'CARRYOVER'],
    ] as const) {
      const t = tables[no - 1];
      t.rows.forEach((row, i) => {
        const project = projects.find((p) => p.name === row[0] && (timing === 'CURRENT') === (p.originYear === 2026));
        if (!project) return;
        expect(t.exact[i][1]).toBe(exactSum({ projectCode: project.code, timing }));
      });
    }
  });
});
