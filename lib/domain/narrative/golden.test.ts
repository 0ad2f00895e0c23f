import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { YANGQUAN_2026_NARRATIVE_FIGURES, YANGQUAN_2026_PERSONNEL_ITEMS, YANGQUAN_2026_PUBLIC_ITEMS } from './__fixtures__/yangquan-2026-narrative';
import { deriveNarrative } from './index';

const input = yangquanInput();
const sections = deriveNarrative(input);
const textOf = (no: string) => sections.find((s) => s.no === no)!.text;
const reasons = input.units[0].reasons;

describe('第三部分 of the 阳泉 2026 sample against the seed', () => {
  it('has sections 一 to 十二 in order with the seed titles', () => {
    expect(sections.map((s) => `${s.no}、${s.title}`)).toEqual([
      '一、单位预算收支数据变动情况及原因',
      '二、收入预算情况说明',
      '三、支出预算情况说明',
      '四、财政拨款收支预算总体情况说明',
      '五、一般公共预算支出情况说明',
      '六、一般公共预算基本支出情况说明',
      '七、“三公”经费增减变动原因说明',
      '八、机关运行经费增减变动原因说明',
      '九、政府采购情况',
      '十、绩效管理情况',
      '十一、国有资产占有使用情况',
      '十二、其他说明',
    ]);
  });

  for (const [no, figures] of Object.entries(YANGQUAN_2026_NARRATIVE_FIGURES)) {
    it.each(figures)(`section ${no} prints %s`, (figure) => {
      expect(textOf(no)).toContain(figure);
    });
  }

  it('names the 类 from the catalogue, never 一般公共预算支出 for 201', () => {
    expect(textOf('四')).toContain('一般公共服务支出1,638.73万元');
    expect(textOf('五')).toContain('一般公共服务支出1,631.79万元');
    for (const s of sections) expect(s.text).not.toContain('一般公共预算支出1,6');
  });

  it('lists the 人员经费 and 公用经费 items of 六 in economic code order', () => {
    const [, personnel, publicUse] = textOf('六').split('\n');
    const listed = (paragraph: string) =>
      paragraph
        .split('主要包括：')[1]
        .replace(/等[；。]$/, '')
        .split('、');
    expect([...listed(personnel)].sort()).toEqual([...YANGQUAN_2026_PERSONNEL_ITEMS].sort());
    expect([...listed(publicUse)].sort()).toEqual([...YANGQUAN_2026_PUBLIC_ITEMS].sort());
    const codeOf = (name: string) => input.catalogs.deptEconomic.find((e) => e.name === name)!.code;
    for (const items of [listed(personnel), listed(publicUse)]) {
      const codes = items.map(codeOf);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it('inserts the typed reasons in place, without the seed stray 。；', () => {
    expect(textOf('一')).toContain(`下降9.62%，主要原因是${reasons.totalChange}；本年单位预算支出总计`);
    expect(textOf('一').endsWith(`主要原因是${reasons.totalChange}。`)).toBe(true);
    expect(textOf('七')).toContain(`减少0.80万元，主要原因是${reasons.threePublicChange}。`);
    expect(textOf('七')).toContain(`减少0.80万元，主要原因是${reasons.receptionChange}；`);
    expect(textOf('八')).toContain(`下降5.95%，原因是${reasons.operatingCostChange}。`);
    expect(textOf('十二')).toContain(reasons.procurementNote);
    expect(textOf('十二')).toContain(reasons.otherNote);
    for (const s of sections) expect(s.text).not.toContain('。；');
  });

  it('prints every computed amount in the one format and carries no chart placeholder', () => {
    const typed = Object.values(reasons).filter((r) => r !== '');
    const fixed = ['价值50万元（原值）', '价值100万元（原值）'];
    for (const s of sections) {
      let text = s.text;
      for (const t of [...typed, ...fixed]) text = text.split(t).join('');
      for (const [amount] of text.matchAll(/[\d.,]+万元/g)) expect(amount).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}万元$/);
      for (const [share] of text.matchAll(/[\d.]+%/g)) expect(share).toMatch(/^\d+\.\d{2}%$/);
      expect(s.text).not.toMatch(/结构图|分布图/);
    }
  });
});
