import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { yuan } from '../money';
import type { DisclosureInput, UnitBudget } from '../types';
import { deriveNarrative } from './index';
import { changeText, reasonClause } from './phrases';

type UnitChange = (u: UnitBudget) => UnitBudget;
function sample(change: UnitChange = (u) => u, orgChange: Partial<DisclosureInput['org']> = {}): DisclosureInput {
  const input = yangquanInput();
  return { ...input, org: { ...input.org, ...orgChange }, units: input.units.map(change) };
}
const section = (input: DisclosureInput, no: string) => deriveNarrative(input).find((s) => s.no === no)!.text;
const withPrior =
  (p: Partial<UnitBudget['priorYear']>): UnitChange =>
  (u) => ({ ...u, priorYear: { ...u.priorYear, ...p } });

describe('change wording', () => {
  const w = { against: '上年', same: '与上年持平', withPercent: true };
  it.each([
    ['100', '80', '比上年增加0.00万元，增长25.00%'],
    ['1000000', '800000', '比上年增加20.00万元，增长25.00%'],
    ['800000', '1000000', '比上年减少20.00万元，下降20.00%'],
    ['800000', '800000', '与上年持平'],
    ['800000', '0', '比上年增加80.00万元'],
  ])('%s against %s', (current, prior, text) => {
    expect(changeText(yuan(current), yuan(prior), w)).toBe(text);
  });

  it('strips the typed reason of its own closing punctuation', () => {
    expect(reasonClause('压缩支出。；')).toBe('，主要原因是压缩支出');
    expect(reasonClause('  ')).toBe('');
  });
});

describe('deriveNarrative beyond the sample', () => {
  it('says 与上年持平 when the totals equal the prior year, and leaves out a blank reason', () => {
    const input = sample((u) => ({
      ...withPrior({ totalIncome: '21972981', totalExpenditure: '21972981' })(u),
      reasons: { ...u.reasons, totalChange: '' },
    }));
    const text = section(input, '一');
    expect(text).toContain('上年结转6.94万元，与上年持平；');
    expect(text).not.toContain('主要原因是');
  });

  it('says 增加 / 增长 for growth in 五 with the typed reason', () => {
    const input = sample((u) => ({
      ...withPrior({ generalCurrentExpenditure: '20000000' })(u),
      reasons: { ...u.reasons, generalChange: '新增监管任务。' },
    }));
    expect(section(input, '五')).toContain('比上年增加190.36万元，增长9.52%，主要原因是新增监管任务。');
  });

  it('compares each 三公 item and the total with the prior year', () => {
    const input = sample(withPrior({ threePublic: { abroad: '0', reception: '0', vehiclePurchase: '0', vehicleOperation: '0' } }));
    const text = section(input, '七');
    expect(text).toContain('“三公”经费预算0.00万元，与2025年预算数相同。');
    expect(text).toContain('公务接待费0.00万元，与上年预算数相同；');
  });

  it('counts 公务接待费 from 30217 lines of 财政拨款', () => {
    const input = sample((u) => ({
      ...u,
      lines: [...u.lines, { ...u.lines[0], id: 'X1', deptEconCode: '30217', govEconCode: '50299', amount: '12000' }],
    }));
    const text = section(input, '七');
    expect(text).toContain('“三公”经费预算1.20万元，比2025年增加0.40万元');
    expect(text).toContain('公务接待费1.20万元，与上年相比预算数增加0.40万元');
  });

  it('gives no 机关运行经费 for a 事业单位', () => {
    expect(section(sample(undefined, { kind: 'INSTITUTION' }), '八')).toBe('阳泉市市场监督管理局作为事业单位，不安排机关运行经费。');
  });

  it('writes 部门 for a department document', () => {
    const input = { ...sample(), scope: 'DEPARTMENT' as const };
    const [first] = deriveNarrative(input);
    expect(first.title).toBe('部门预算收支数据变动情况及原因');
    expect(first.text).toContain('本年部门预算支出总计2,197.30万元');
  });

  it('prints 工程 in 十二 only when there is one', () => {
    const input = sample((u) => ({
      ...u,
      procurement: [...u.procurement, { id: 'W1', category: 'WORKS', catalogCode: 'B07000000', name: '修缮工程', amount: '50000' }],
    }));
    expect(section(input, '十二')).toContain('政府采购货物预算1.00万元，政府采购工程预算5.00万元，政府采购服务预算300.33万元。');
    expect(section(input, '九')).toContain('政府采购预算总额306.33万元');
  });
});
