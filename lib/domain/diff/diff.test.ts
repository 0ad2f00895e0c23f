import { describe, expect, it } from 'vitest';
import type { DerivedTable, ExpenditureLine } from '../types';
import { amountDelta, diffLines } from './diff-lines';
import { columnLabels, diffTables } from './diff-tables';

const line = (id: string, amount: string, extra: Partial<ExpenditureLine> = {}): ExpenditureLine => ({
  id,
  functionCode: '2010101',
  kind: 'BASIC',
  projectCode: null,
  deptEconCode: '30101',
  govEconCode: '50101',
  source: 'GENERAL',
  timing: 'CURRENT',
  amount,
  ...extra,
});

describe('diffLines', () => {
  it('finds added, removed and changed lines with exact 元 deltas and 万元 display', () => {
    const before = [line('a', '100000.00'), line('b', '5000.50'), line('c', '7.00')];
    const after = [line('a', '123456.78'), line('c', '7'), line('d', '20000'), line('b2', '1', { functionCode: '2010102' })];
    const d = diffLines(before, after);
    expect(d).toMatchObject({ added: 2, removed: 1, changed: 1 });
    expect(d.entries.find((e) => e.id === 'a')).toMatchObject({
      kind: 'changed',
      rowLabel: '第1行',
      fields: ['amount'],
      amount: { before: '100000.00', after: '123456.78', delta: '23456.78', deltaWan: '+2.35' },
    });
    expect(d.entries.find((e) => e.id === 'b')).toMatchObject({ kind: 'removed', rowLabel: '原第2行', amount: { delta: '-5000.50', deltaWan: '-0.50' } });
    expect(d.entries.find((e) => e.id === 'd')).toMatchObject({ kind: 'added', rowLabel: '第3行', amount: { after: '20000.00', deltaWan: '+2.00' } });
    expect(d.entries.some((e) => e.id === 'c')).toBe(false); // 7 and 7.00 are the same amount
    expect(d.total).toEqual({ before: '105007.50', after: '143464.78', delta: '38457.28', deltaWan: '+3.85' });
  });

  it('reports a re-coded line as changed with the fields that differ', () => {
    const d = diffLines([line('a', '1')], [line('a', '1', { functionCode: '2010150', source: 'UNIT_OWN' })]);
    expect(d.entries).toHaveLength(1);
    expect(d.entries[0].fields).toEqual(['functionCode', 'source']);
    expect(d.entries[0].amount.delta).toBe('0.00');
  });

  it('keeps cents exact where floats would not', () => {
    expect(amountDelta('0.10', '0.30').delta).toBe('0.20');
    expect(amountDelta('999999999999.99', '0').deltaWan).toBe('-100,000,000.00');
  });
});

const table = (rows: string[][], exact: (string | null)[][]): DerivedTable => ({
  no: 3,
  title: '2026年预算支出总表',
  orgName: '测试单位',
  unit: '万元',
  header: [
    [
      { text: '功能分类科目', colSpan: 2 },
      { text: '合计', rowSpan: 2 },
      { text: '基本支出', rowSpan: 2 },
    ],
    [{ text: '科目编码' }, { text: '科目名称' }],
  ],
  rows,
  exact,
  notes: [],
  empty: false,
});

describe('diffTables', () => {
  it('labels columns by their header path', () => {
    expect(columnLabels(table([], []))).toEqual(['功能分类科目 / 科目编码', '功能分类科目 / 科目名称', '合计', '基本支出']);
  });

  it('shows changed cells, added and removed rows, matched by row label not position', () => {
    const before = table(
      [
        ['', '合计', '10.00', '10.00'],
        ['201', '一般公共服务支出', '10.00', '10.00'],
      ],
      [
        [null, null, '100000.00', '100000.00'],
        [null, null, '100000.00', '100000.00'],
      ],
    );
    const after = table(
      [
        ['', '合计', '12.00', '10.00'],
        ['208', '社会保障和就业支出', '2.00', ''],
        ['201', '一般公共服务支出', '10.00', '10.00'],
      ],
      [
        [null, null, '120000.00', '100000.00'],
        [null, null, '20000.00', '0'],
        [null, null, '100000.00', '100000.00'],
      ],
    );
    const [d] = diffTables([before], [after]);
    expect(d.no).toBe(3);
    expect(d.rowsAdded).toEqual(['208 社会保障和就业支出']);
    expect(d.rowsRemoved).toEqual([]);
    expect(d.cells).toEqual([
      { rowLabel: '合计', columnLabel: '合计', beforeText: '10.00', afterText: '12.00', amount: amountDelta('100000', '120000') },
      { rowLabel: '208 社会保障和就业支出', columnLabel: '合计', beforeText: '', afterText: '2.00', amount: amountDelta('0', '20000') },
    ]);
  });

  it('leaves unchanged tables out', () => {
    const t = table([['201', 'x', '1.00', '1.00']], [[null, null, '10000', '10000']]);
    expect(diffTables([t], [t])).toEqual([]);
  });
});
