import { describe, expect, it } from 'vitest';
import type { DerivedTable } from '../types';
import { TableView } from './table-view';

function table(exact: (string | null)[][]): DerivedTable {
  return { no: 3, title: '', orgName: '', unit: '万元', header: [], rows: exact.map((r) => r.map((c) => c ?? '')), exact, notes: [], empty: false };
}

describe('TableView sums', () => {
  it('compares a total with its parts along a row and down a column, exactly', () => {
    const v = new TableView(
      table([
        ['合计', '300.03', '100.01', '200.02'],
        ['甲', '100.01', '100.01', null],
        ['乙', '200.01', null, '200.02'],
      ]),
    );
    expect(v.equalsColumns(0, 1, [2, 3])).toBe(true);
    expect(v.equalsColumns(2, 1, [2, 3])).toBe(false);
    expect(v.equalsRows(0, 2, [1, 2])).toBe(true);
    expect(v.equalsRows(0, 1, [1, 2])).toBe(false);
  });

  it('stays exact past 2^53 分, where plain numbers would round', () => {
    // 2^53 分 = 90,071,992,547,409.92 元: the parts add up beyond it, and 1 分 of difference must still count.
    const v = new TableView(
      table([
        ['合计', '180143985094819.85', '90071992547409.92', '90071992547409.93'],
        ['差一分', '180143985094819.84', '90071992547409.92', '90071992547409.93'],
      ]),
    );
    expect(v.equalsColumns(0, 1, [2, 3])).toBe(true);
    expect(v.equalsColumns(1, 1, [2, 3])).toBe(false);
    expect(v.value(0, 1)).toBe(18014398509481985n);
  });
});
