import { describe, expect, it } from 'vitest';
import { parentCodeOf, validateCatalogRows, type CatalogInputRow } from './validate-catalog';
import { loadCatalogRows } from '../../../prisma/seed-data/catalogs/load-catalogs';

const rows = (...items: [string, string, string?][]): CatalogInputRow[] => items.map(([code, name, level], i) => ({ rowNumber: i + 2, code, name, level }));

function errorsOf(result: ReturnType<typeof validateCatalogRows>) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateCatalogRows', () => {
  it('accepts a valid function catalogue and derives level and parent', () => {
    const result = validateCatalogRows(
      'FUNCTION',
      rows(['201', '一般公共服务支出', '类'], ['20138', '市场监督管理事务', '款'], ['2013899', '其他市场监督管理事务']),
    );
    expect(result).toEqual({
      ok: true,
      entries: [
        { code: '201', name: '一般公共服务支出', level: '类', parentCode: null },
        { code: '20138', name: '市场监督管理事务', level: '款', parentCode: '201' },
        { code: '2013899', name: '其他市场监督管理事务', level: '项', parentCode: '20138' },
      ],
    });
  });

  it('accepts a child listed before its parent', () => {
    expect(validateCatalogRows('DEPT_ECONOMIC', rows(['30101', '基本工资'], ['301', '工资福利支出'])).ok).toBe(true);
  });

  it('reports a missing 款 for a 项', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['201', '一般公共服务支出'], ['2013899', '其他市场监督管理事务'])));
    expect(errors).toEqual([{ rowNumber: 3, code: '2013899', message: '第3行 编码2013899：上级科目20138不存在' }]);
  });

  it('reports a missing 类 for a 款', () => {
    const errors = errorsOf(validateCatalogRows('GOV_ECONOMIC', rows(['50101', '工资奖金津补贴'])));
    expect(errors[0].message).toBe('第2行 编码50101：上级科目501不存在');
  });

  it('rejects function codes that are not 3/5/7 digits', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['2013', '四位'], ['20A38', '字母'], ['201380101', '九位'])));
    expect(errors.map((e) => e.rowNumber)).toEqual([2, 3, 4]);
    expect(errors[0].message).toBe('第2行 编码2013：支出功能分类编码应为3位（类）、5位（款）或7位（项）数字');
  });

  it('rejects 7-digit economic codes', () => {
    const errors = errorsOf(validateCatalogRows('DEPT_ECONOMIC', rows(['301', '工资福利支出'], ['3010101', '七位'])));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('第3行 编码3010101：部门预算支出经济分类编码应为3位（类）或5位（款）数字');
  });

  it('rejects codes of another catalogue', () => {
    const errors = errorsOf(validateCatalogRows('GOV_ECONOMIC', rows(['301', '工资福利支出'])));
    expect(errors[0].message).toBe('第2行 编码301：政府预算支出经济分类编码应以5开头');
  });

  it('rejects a level that disagrees with the code length', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['201', '一般公共服务支出', '款'])));
    expect(errors[0].message).toBe('第2行 编码201：级次“款”与编码位数不符（3位编码应为类）');
  });

  it('rejects an unknown level and 项 in an economic catalogue', () => {
    const fn = errorsOf(validateCatalogRows('FUNCTION', rows(['201', '一般公共服务支出', '目'])));
    expect(fn[0].message).toBe('第2行 编码201：级次“目”无效，应为类、款、项');
    const econ = errorsOf(validateCatalogRows('DEPT_ECONOMIC', rows(['301', '工资福利支出', '项'])));
    expect(econ[0].message).toBe('第2行 编码301：级次“项”无效，应为类、款');
  });

  it('rejects duplicate codes naming the first row', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['201', '一般公共服务支出'], ['201', '重复'])));
    expect(errors).toEqual([{ rowNumber: 3, code: '201', message: '第3行 编码201：编码重复（与第2行相同）' }]);
  });

  it('rejects empty and over-long names', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['201', '  '], ['202', '外'.repeat(101)], ['203', '国'.repeat(100)])));
    expect(errors.map((e) => e.message)).toEqual(['第2行 编码201：名称为空', '第3行 编码202：名称超过100个字符']);
  });

  it('rejects an empty code', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['', '无编码'])));
    expect(errors[0]).toEqual({ rowNumber: 2, code: '', message: '第2行：编码为空' });
  });

  it('rejects an empty file', () => {
    expect(errorsOf(validateCatalogRows('FUNCTION', []))[0].message).toBe('文件中没有任何支出功能分类科目');
  });

  it('reports every error sorted by row', () => {
    const errors = errorsOf(validateCatalogRows('FUNCTION', rows(['2013899', 'x'], ['201', ''], ['201', '一般公共服务支出'])));
    expect(errors.map((e) => e.rowNumber)).toEqual([2, 3, 4]);
  });

  it('trims codes and names', () => {
    const result = validateCatalogRows('FUNCTION', rows([' 201 ', ' 一般公共服务支出 ', ' 类 ']));
    expect(result.ok && result.entries[0]).toEqual({ code: '201', name: '一般公共服务支出', level: '类', parentCode: null });
  });

  it('derives parent codes', () => {
    expect(parentCodeOf('2013899')).toBe('20138');
    expect(parentCodeOf('20138')).toBe('201');
    expect(parentCodeOf('201')).toBeNull();
  });

  it.each(['FUNCTION', 'DEPT_ECONOMIC', 'GOV_ECONOMIC'] as const)('validates the shipped 2026 %s catalogue', (kind) => {
    const result = validateCatalogRows(
      kind,
      loadCatalogRows(2026, kind).map((r, i) => ({ ...r, rowNumber: i + 2 })),
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
