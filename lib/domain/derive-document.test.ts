import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from './derive-document';

describe('deriveDocument', () => {
  it('derives the 阳泉 2026 sample with no failing blocking check', () => {
    const doc = deriveDocument(yangquanInput());
    expect(doc.org).toEqual({ code: '029', name: '阳泉市市场监督管理局', kind: 'ADMIN' });
    expect([doc.year, doc.scope]).toEqual([2026, 'UNIT']);
    expect(doc.tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(doc.narrative.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect(doc.projects).toHaveLength(8);
    expect(doc.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed)).toEqual([]);
  });

  it('derives nothing from an invalid amount but says which one', () => {
    const sample = yangquanInput();
    const [unit] = sample.units;
    const lines = unit.lines.map((l, i) => (i === 0 ? { ...l, amount: '1.234' } : l));
    const input = { ...sample, units: [{ ...unit, lines }] };
    const doc = deriveDocument(input);
    expect([doc.tables, doc.narrative, doc.projects]).toEqual([[], [], []]);
    expect(doc.checks.map((c) => c.message)).toEqual(['支出明细第1行的金额 1.234 无效（应为非负、最多两位小数的元金额）']);
  });
});
