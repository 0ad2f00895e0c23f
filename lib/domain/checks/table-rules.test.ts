import { describe, expect, it } from 'vitest';
import { deriveTables } from '../tables';
import { checksOf, failures, rowOf, sampleWith, tablesWith } from './__fixtures__/sample-checks';

const input = sampleWith();
const tables = deriveTables(input);
const failing = (rule: string, changed: typeof tables, changedInput = input) => failures(checksOf(changedInput, changed), rule);

describe('table-to-table checks on copies of the sample tables', () => {
  it('TABLES_PRESENT names the missing tables', () => {
    expect(
      failing(
        'TABLES_PRESENT',
        tables.filter((t) => t.no !== 7 && t.no !== 9),
      ),
    ).toEqual(['缺少表七、表九']);
  });

  it('T1_TOTAL_BALANCE shows the exact 元 when both round to the same 万元', () => {
    const changed = tablesWith(tables, 1, [{ row: rowOf(tables, 1, '收入总计'), col: 1, value: '21972981.01' }]);
    expect(failing('T1_TOTAL_BALANCE', changed)).toEqual(['表一 收入总计 2,197.30万元（21,972,981.01元） ≠ 表一 支出总计 2,197.30万元（21,972,981元）']);
  });

  it('T1_INCOME_SOURCES', () => {
    const changed = tablesWith(tables, 1, [{ row: rowOf(tables, 1, '本年收入合计'), col: 1, delta: '1000' }]);
    expect(failing('T1_INCOME_SOURCES', changed)).toEqual(['表一 本年收入合计 2,190.46万元 ≠ 表一 各项收入之和 2,190.36万元']);
  });

  it('T1_TOTAL_COMPOSITION', () => {
    const changed = tablesWith(tables, 1, [{ row: rowOf(tables, 1, '上年结转'), col: 1, delta: '600' }]);
    expect(failing('T1_TOTAL_COMPOSITION', changed)).toEqual(['表一 收入总计 2,197.30万元 ≠ 表一 本年收入合计 + 上年结转 2,197.36万元']);
  });

  it('T1_EXPENDITURE_CLASSES', () => {
    const changed = tablesWith(tables, 1, [{ row: rowOf(tables, 1, '八、社会保障和就业支出', 2), col: 4, delta: '100' }]);
    expect(failing('T1_EXPENDITURE_CLASSES', changed)).toEqual(['表一 本年支出合计 当年预算安排 2,190.36万元 ≠ 表一 各类支出之和 当年预算安排 2,190.37万元']);
  });

  it('T2_TOTAL_EQ_T1', () => {
    const changed = tablesWith(tables, 2, [{ row: 0, col: 8, value: '0' }]);
    expect(failing('T2_TOTAL_EQ_T1', changed)).toEqual(['表二 合计 上年结转 0.00万元 ≠ 表一 上年结转 6.94万元']);
  });

  it('T3_TOTAL_EQ_T1', () => {
    const changed = tablesWith(tables, 3, [{ row: 0, col: 2, delta: '100' }]);
    expect(failing('T3_TOTAL_EQ_T1', changed)).toEqual(['表三 合计 2,197.31万元 ≠ 表一 支出总计 2,197.30万元']);
  });

  it('T4_TOTAL_BALANCE', () => {
    const changed = tablesWith(tables, 4, [{ row: rowOf(tables, 4, '收入总计'), col: 1, delta: '100' }]);
    expect(failing('T4_TOTAL_BALANCE', changed)).toEqual(['表四 收入总计 2,197.31万元 ≠ 表四 支出总计 2,197.30万元']);
  });

  it('ROW_BASIC_PLUS_PROJECT', () => {
    const changed = tablesWith(tables, 3, [{ row: rowOf(tables, 3, '2013816'), col: 3, delta: '500' }]);
    expect(failing('ROW_BASIC_PLUS_PROJECT', changed)).toEqual([
      '表三 2013816 食品安全监管 合计 81.31万元 ≠ 表三 2013816 食品安全监管 基本支出 + 项目支出 81.36万元',
    ]);
  });

  it('FUNCTION_TREE_SUMS', () => {
    const changed = tablesWith(tables, 2, [{ row: rowOf(tables, 2, '2013816'), col: 8, delta: '100' }]);
    expect(failing('FUNCTION_TREE_SUMS', changed)).toEqual([
      '表二 20138 市场监督管理事务 上年结转 6.94万元 ≠ 表二 20138 市场监督管理事务 下级科目之和 上年结转 6.95万元',
    ]);
  });

  it('T5_GENERAL_CURRENT_OF_T3: table 5 may not include the carried-over part', () => {
    const changed = tablesWith(tables, 5, [{ row: rowOf(tables, 5, '2013816'), col: 4, value: '813100' }]);
    expect(failing('T5_GENERAL_CURRENT_OF_T3', changed)).toEqual([
      '表五 2013816 食品安全监管 项目支出 81.31万元 ≠ 表三 2013816 食品安全监管 项目支出中一般公共预算当年部分 80.00万元',
    ]);
  });

  it('T6_TOTAL_EQ_T5_BASIC', () => {
    const changed = tablesWith(tables, 5, [{ row: 0, col: 3, delta: '100' }]);
    expect(failing('T6_TOTAL_EQ_T5_BASIC', changed)).toEqual(['表六 合计 1,681.76万元 ≠ 表五 合计 基本支出 1,681.77万元']);
  });

  it('T6_PERSONNEL_PLUS_PUBLIC', () => {
    const changed = tablesWith(tables, 6, [{ row: 19, col: 4, delta: '100' }]);
    expect(failing('T6_PERSONNEL_PLUS_PUBLIC', changed)).toEqual([
      '表六 办公费 / 办公经费 合计 34.32万元 ≠ 表六 办公费 / 办公经费 人员经费 + 公用经费 34.33万元',
    ]);
  });

  it('T6_CLASS_SUBTOTALS', () => {
    const changed = tablesWith(tables, 6, [
      { row: 20, col: 2, delta: '100' },
      { row: 20, col: 4, delta: '100' },
    ]);
    expect(failing('T6_CLASS_SUBTOTALS', changed)).toEqual([
      '表六 商品和服务支出 合计 195.98万元 ≠ 表六 商品和服务支出 所含科目之和 合计 195.99万元',
      '表六 商品和服务支出 公用经费 195.98万元 ≠ 表六 商品和服务支出 所含科目之和 公用经费 195.99万元',
    ]);
  });

  it('T10_PARTS', () => {
    const row = rowOf(tables, 10, '①公务用车购置费');
    const changed = tablesWith(tables, 10, [
      { row, col: 1, value: '10000' },
      { row, col: 2, value: '10000' },
    ]);
    expect(failing('T10_PARTS', changed)).toEqual([
      '表十 公务用车购置及运行费 合计 0.00万元 ≠ 表十 ①购置费 + ②运行维护费 合计 1.00万元',
      '表十 公务用车购置及运行费 一般公共预算 0.00万元 ≠ 表十 ①购置费 + ②运行维护费 一般公共预算 1.00万元',
    ]);
  });

  it('T11_EQ_T6_PUBLIC against table 6 when every unit is 行政 or 参公', () => {
    const changed = tablesWith(tables, 11, [
      { row: 0, col: 1, delta: '100' },
      { row: 0, col: 2, delta: '100' },
    ]);
    expect(failing('T11_EQ_T6_PUBLIC', changed)).toEqual(['表十一 部门合计 一般公共预算 195.99万元 ≠ 表六 合计 公用经费 195.98万元']);
  });

  it('T11_EQ_T6_PUBLIC against the lines of 行政/参公 units otherwise', () => {
    const institution = sampleWith((u) => ({ ...u, unit: { ...u.unit, kind: 'INSTITUTION' } }));
    expect(failing('T11_EQ_T6_PUBLIC', tables, institution)).toEqual([
      '表十一 部门合计 一般公共预算 195.98万元 ≠ 行政及参公单位一般公共预算当年公用经费 0.00万元',
    ]);
  });

  it('ROW_SOURCE_COLUMNS', () => {
    const changed = tablesWith(tables, 12, [{ row: rowOf(tables, 12, '市场监管工作经费'), col: 1, delta: '100' }]);
    expect(failing('ROW_SOURCE_COLUMNS', changed)).toEqual(['表十二 市场监管工作经费 合计 129.01万元 ≠ 表十二 市场监管工作经费 各资金来源之和 129.00万元']);
  });

  it('SUBTOTAL_ROWS', () => {
    const row = rowOf(tables, 13, '2025年中央食品监管补助资金');
    const changed = tablesWith(tables, 13, [
      { row, col: 1, delta: '100' },
      { row, col: 2, delta: '100' },
    ]);
    expect(failing('SUBTOTAL_ROWS', changed)).toEqual([
      '表十三 阳泉市市场监督管理局 合计 6.94万元 ≠ 表十三 阳泉市市场监督管理局 所含项目之和 合计 6.95万元',
      '表十三 阳泉市市场监督管理局 一般公共预算 6.94万元 ≠ 表十三 阳泉市市场监督管理局 所含项目之和 一般公共预算 6.95万元',
    ]);
  });

  it('T12_EQ_T5_PROJECT against table 5', () => {
    const changed = tablesWith(tables, 5, [{ row: 0, col: 4, delta: '100' }]);
    expect(failing('T12_EQ_T5_PROJECT', changed)).toEqual(['表十二 合计 一般公共预算 508.60万元 ≠ 表五 合计 项目支出 508.61万元']);
  });

  it('T12_EQ_T5_PROJECT against table 3 less table 13', () => {
    const changed = tablesWith(tables, 13, [{ row: 1, col: 1, delta: '100' }]);
    expect(failing('T12_EQ_T5_PROJECT', changed)).toEqual([
      '表十二 合计 508.60万元 ≠ 表三 合计 项目支出 − 表十三 合计 − 非财政拨款上年结转项目支出 508.59万元',
    ]);
  });

  it('T13_EQ_CARRYOVER', () => {
    const changed = tablesWith(tables, 4, [{ row: rowOf(tables, 4, '上年财政拨款结转'), col: 1, value: '0' }]);
    expect(failing('T13_EQ_CARRYOVER', changed)).toEqual(['表十三 阳泉市市场监督管理局 合计 6.94万元 ≠ 表四 上年财政拨款结转 0.00万元']);
  });

  it('gives each failure its figures, their sources and the tables concerned', () => {
    const changed = tablesWith(tables, 3, [{ row: 0, col: 2, delta: '100' }]);
    const [result] = checksOf(input, changed).filter((c) => c.rule === 'T3_TOTAL_EQ_T1');
    expect(result).toMatchObject({
      severity: 'BLOCKING',
      passed: false,
      refs: { tables: [1, 3] },
      figures: [
        { label: '表三 合计', source: '表三 第1行 第3列', value: '21973081.00', display: '2,197.31万元' },
        { label: '表一 支出总计', source: '表一 第33行 第4列', value: '21972981.00', display: '2,197.30万元' },
      ],
    });
  });
});
