import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { sum } from '../money';
import { deriveTables } from './index';
import { line, unitInput } from './__fixtures__/build-input';

function rowOf(rows: string[][], code: string): string[] {
  const row = rows.find((r) => r[0] === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe('每个万元单元格由其精确元值一次四舍五入', () => {
  // 65.549 万 + 1.245 万 = 66.794 万: children show 65.55 + 1.25, the parent 66.79 (尾差).
  const input = unitInput([line({ functionCode: '2101101', amount: '655490.00' }), line({ functionCode: '2101102', amount: '12450.00' })]);
  const table3 = deriveTables(input)[2];

  it('rounds each row from its own exact sum, never from rounded children', () => {
    expect(rowOf(table3.rows, '2101101')[2]).toBe('65.55');
    expect(rowOf(table3.rows, '2101102')[2]).toBe('1.25');
    expect(rowOf(table3.rows, '21011')[2]).toBe('66.79');
    expect(rowOf(table3.rows, '210')[2]).toBe('66.79');
  });

  it('keeps the exact 元 behind each shown figure', () => {
    const exactOf = (code: string) => table3.exact[table3.rows.findIndex((r) => r[0] === code)][2];
    expect(exactOf('2101101')).toBe('655490.00');
    expect(exactOf('2101102')).toBe('12450.00');
    expect(exactOf('21011')).toBe('667940.00');
  });

  it('rounds half up at the last 元 boundary', () => {
    const half = deriveTables(unitInput([line({ functionCode: '2101101', amount: '50.00' })]))[2];
    const below = deriveTables(unitInput([line({ functionCode: '2101101', amount: '49.99' })]))[2];
    expect(rowOf(half.rows, '2101101')[2]).toBe('0.01');
    expect(rowOf(below.rows, '2101101')[2]).toBe('0.00'); // data, though under half a fen of 万元
    expect(below.exact[1][2]).toBe('49.99');
  });

  it('sums cents exactly (0.1 + 0.2 style sums do not drift)', () => {
    const lines = Array.from({ length: 10 }, () => line({ functionCode: '2101101', amount: '4999.99' }));
    const table = deriveTables(unitInput(lines))[2];
    expect(table.exact[0][2]).toBe('49999.90');
    expect(table.rows[0][2]).toBe('5.00');
  });
});

const WAGE_ITEMS = [
  '基本工资',
  '津贴补贴',
  '奖金',
  '绩效工资',
  '机关事业单位基本养老保险缴费',
  '职业年金缴费',
  '职工基本医疗保险缴费',
  '其他社会保障缴费',
  '住房公积金',
];

describe('阳泉市市场监督管理局 2026 的尾差与公开表一致', () => {
  const tables = deriveTables(yangquanInput());
  const cell = (no: number, label: string, col: number) => {
    const t = tables[no - 1];
    const r = t.rows.findIndex((row) => row[0] === label);
    return { shown: t.rows[r][col], exact: t.exact[r][col]! };
  };
  const shownSum = (cells: { shown: string }[]) => sum(cells.map((c) => c.shown)).toFixed(2);
  const exactSum = (cells: { exact: string }[]) => sum(cells.map((c) => c.exact)).toFixed(2);

  it.each([
    [2, '201', ['20132', '20138'], '1631.79', '1631.78'],
    [5, '20138', ['2013801', '2013804', '2013812', '2013816', '2013899'], '1629.02', '1629.03'],
    [3, '21011', ['2101101', '2101102'], '66.79', '66.80'],
    [6, '工资福利支出', WAGE_ITEMS, '1330.30', '1330.31'],
  ])('table %i row %s prints %s though its children print %s', (no, parent, children, printed, childrenPrinted) => {
    const t = tables[no - 1];
    const parentCell = cell(no, parent, 2);
    const childCells = t.rows.flatMap((row, r) => (children.includes(row[0]) ? [{ shown: row[2], exact: t.exact[r][2]! }] : []));
    expect(parentCell.shown).toBe(printed);
    expect(shownSum(childCells)).toBe(childrenPrinted);
    expect(parentCell.exact).toBe(exactSum(childCells));
  });
});
