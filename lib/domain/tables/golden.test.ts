import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { yuan } from '../money';
import { yangquan2026Tables } from './__fixtures__/yangquan-2026-tables';
import { headerGrid } from './header-grid';
import { deriveTables } from './index';

const derived = deriveTables(yangquanInput());

describe('deriveTables reproduces the 2026 disclosure of 阳泉市市场监督管理局', () => {
  it('derives thirteen tables numbered 1..13', () => {
    expect(derived.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  describe.each(yangquan2026Tables)('表$no $title', (seed) => {
    const table = derived[seed.no - 1];

    it('has the printed title, 单位名称, 单位 and notes', () => {
      expect(table.title).toBe(seed.title);
      expect(table.orgName).toBe(seed.orgName);
      expect(table.unit).toBe(seed.unit);
      expect(table.notes).toEqual(seed.notes);
      expect(table.empty).toBe(seed.notes.includes('注：本表无数据'));
    });

    it('has the printed header', () => {
      expect(headerGrid(table.header)).toEqual(seed.header);
    });

    it('prints every body row cell by cell', () => {
      expect(table.rows.length).toBe(seed.rows.length);
      seed.rows.forEach((seedRow, r) => {
        expect({ row: r, cells: table.rows[r] }).toEqual({ row: r, cells: seedRow });
      });
    });

    it('keeps for every amount cell the exact 元 that rounds to it', () => {
      expect(table.exact.map((row) => row.length)).toEqual(table.rows.map((row) => row.length));
      table.exact.forEach((row, r) =>
        row.forEach((exact, c) => {
          if (exact === null) return;
          const shown = table.rows[r][c];
          const expected = yuan(exact).isZero() ? '' : yuan(exact).div(10000).toFixed(2);
          expect(shown).toBe(expected);
        }),
      );
    });
  });
});
