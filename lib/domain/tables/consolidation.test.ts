import { describe, expect, it } from 'vitest';
import { sampleDepartmentInput, sampleUnitInput } from '../../../prisma/seed-data/sample-department';
import { sum, yuan } from '../money';
import type { DerivedTable } from '../types';
import { deriveTables } from './index';

const department = deriveTables(sampleDepartmentInput());
const admin = deriveTables(sampleUnitInput('901001'));
const institution = deriveTables(sampleUnitInput('901002'));
const table = (tables: DerivedTable[], no: number) => tables[no - 1];

/** Exact value at (row label in column 0, column) or 0 when the row is absent. */
function exactAt(t: DerivedTable, label: string, col: number): string {
  const r = t.rows.findIndex((row) => row[0] === label);
  return r < 0 ? '0.00' : (t.exact[r][col] ?? '0.00');
}

describe('部门汇总 (阳泉市示例局: 本级行政单位 + 事业单位)', () => {
  it('names the department on every table', () => {
    expect(department.every((t) => t.orgName === '阳泉市示例局')).toBe(true);
  });

  it.each([1, 4, 10])('table %i: every amount cell is the sum of the units’ exact values', (no) => {
    const d = table(department, no);
    d.exact.forEach((row, r) =>
      row.forEach((exact, c) => {
        if (exact === null) return;
        const parts = [table(admin, no).exact[r][c], table(institution, no).exact[r][c]];
        expect(exact).toBe(sum(parts.map((p) => p ?? '0')).toFixed(2));
      }),
    );
  });

  it.each([2, 3, 5, 8])('table %i: every 类/款/项 row is the sum of the units’ rows', (no) => {
    const d = table(department, no);
    d.rows.forEach((row, r) => {
      for (let c = 2; c < row.length; c++) {
        const parts = [exactAt(table(admin, no), row[0], c), exactAt(table(institution, no), row[0], c)];
        expect(d.exact[r][c]).toBe(sum(parts).toFixed(2));
      }
    });
  });

  it('table 11: 部门合计 then only the 行政单位; the 事业单位 公用经费 is not 机关运行经费', () => {
    const t = table(department, 11);
    expect(t.rows.map((r) => r[0])).toEqual(['部门合计', '阳泉市示例局（本级）']);
    // 办公费 80000 + 公务接待费 12000 + 公务用车运行维护费 36000
    expect(t.exact[0][1]).toBe('128000.00');
    expect(t.exact[1][1]).toBe('128000.00');
    expect(t.rows[0]).toEqual(['部门合计', '12.80', '12.80', '', '']);
  });

  it('table 12: a subtotal row per unit followed by its projects', () => {
    const t = table(department, 12);
    expect(t.rows.map((r) => r[0])).toEqual([
      '1',
      '阳泉市示例局（本级）',
      '示例市场执法专项经费',
      '城市建设配套经费',
      '阳泉市示例事务中心',
      '检验检测能力提升项目',
      '技术服务项目',
    ]);
    expect(t.rows[1]).toEqual(['阳泉市示例局（本级）', '84.50', '34.50', '50.00', '', '', '']);
    expect(t.rows[4]).toEqual(['阳泉市示例事务中心', '58.00', '40.00', '', '', '6.00', '12.00']);
    for (const [unitRow, projectRows] of [
      [1, [2, 3]],
      [4, [5, 6]],
    ] as const) {
      for (let c = 1; c < 7; c++) {
        const parts = projectRows.map((r) => t.exact[r][c] ?? '0');
        expect(t.exact[unitRow][c]).toBe(sum(parts).toFixed(2));
      }
    }
  });

  it('table 13: department row, then each unit’s subtotal and carry-over projects', () => {
    const t = table(department, 13);
    expect(t.rows.slice(1)).toEqual([
      ['阳泉市示例局', '12.00', '12.00', '', ''],
      ['阳泉市示例局（本级）', '4.00', '4.00', '', ''],
      ['2025年示例专项资金', '4.00', '4.00', '', ''],
      ['阳泉市示例事务中心', '8.00', '8.00', '', ''],
      ['2025年检测设备购置', '8.00', '8.00', '', ''],
    ]);
    expect(t.exact[1][1]).toBe(yuan(t.exact[2][1]!).plus(t.exact[4][1]!).toFixed(2));
  });

  it('table 6 lists the 事业单位’s 505 政府经济科目 beside the 行政单位’s 501/502', () => {
    const t = table(department, 6);
    expect(t.rows).toContainEqual(['基本工资', '工资奖金津补贴', '120.00', '120.00', '']);
    expect(t.rows).toContainEqual(['基本工资', '工资福利支出', '80.00', '80.00', '']);
    expect(t.rows).toContainEqual(['公务用车运行维护费', '商品和服务支出', '1.80', '', '1.80']);
  });

  it('tables 7, 8 and 10 pick up 政府性基金 and 三公 lines of all units', () => {
    expect(table(department, 7).rows).toEqual([['合计', '', '50.00']]);
    expect(table(department, 8).rows.map((r) => r[0])).toEqual(['合计', '212', '21208', '2120803']);
    expect(table(department, 10).rows).toEqual([
      ['因公出国（境）费', '', '', '', ''],
      ['公务接待费', '1.20', '1.20', '', ''],
      ['公务用车购置及运行费', '5.40', '5.40', '', ''],
      ['①公务用车购置费', '', '', '', ''],
      ['②公务用车运行维护费', '5.40', '5.40', '', ''],
      ['合计', '6.60', '6.60', '', ''],
    ]);
  });
});
