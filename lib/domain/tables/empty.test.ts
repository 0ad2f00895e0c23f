import { describe, expect, it } from 'vitest';
import { deriveTables, NO_DATA_NOTE } from './index';
import { line, unitInput } from './__fixtures__/build-input';

describe('空表', () => {
  const tables = deriveTables(unitInput([line({ functionCode: '2101101', amount: '1000.00' })]));
  const byNo = (no: number) => tables[no - 1];

  it('marks fund tables without data empty, with 注：本表无数据 and a blank 合计 row', () => {
    for (const no of [7, 8, 9]) {
      expect(byNo(no).empty).toBe(true);
      expect(byNo(no).notes).toEqual([NO_DATA_NOTE]);
      expect(byNo(no).rows).toHaveLength(1);
      expect(byNo(no).rows[0][0]).toBe('合计');
      expect(
        byNo(no)
          .rows[0].slice(1)
          .every((c) => c === ''),
      ).toBe(true);
    }
  });

  it('prints an all-zero 三公 table with blank rows and no note, as the seed does', () => {
    expect(byNo(10).empty).toBe(false);
    expect(byNo(10).notes).toEqual([]);
    expect(byNo(10).rows.map((r) => r[0])).toEqual([
      '因公出国（境）费',
      '公务接待费',
      '公务用车购置及运行费',
      '①公务用车购置费',
      '②公务用车运行维护费',
      '合计',
    ]);
    expect(byNo(10).rows.every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
  });

  it('marks project tables empty when the unit has no project lines', () => {
    expect(byNo(12).empty).toBe(true);
    expect(byNo(13).empty).toBe(true);
    expect(byNo(12).rows[0]).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('marks every detail table empty for a budget without lines, never tables 1, 4, 10', () => {
    const none = deriveTables(unitInput([]));
    const empty = none.filter((t) => t.empty).map((t) => t.no);
    expect(empty).toEqual([2, 3, 5, 6, 7, 8, 9, 12, 13]);
    expect(none[0].rows).toHaveLength(33);
    expect(none[3].rows).toHaveLength(36);
  });

  it('counts no 机关运行经费 for a 事业单位: table 11 is empty', () => {
    const institution = deriveTables(unitInput([line({ functionCode: '2101102', amount: '1000.00' })], 'INSTITUTION'));
    expect(institution[10].empty).toBe(true);
    expect(institution[10].rows).toEqual([['部门合计', '', '', '', '']]);
  });
});
