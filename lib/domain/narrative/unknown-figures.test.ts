import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../derive-document';
import { stripReasonLead } from '../reason-lead';
import type { DisclosureInput, UnitBudget } from '../types';
import { staffingItems, staffingSentence } from '../unknown-figures';
import { deriveNarrative } from './index';

// Unknown is not zero: a blank prior-year, staffing or asset figure is never printed or compared as 0.

function sample(change: (u: UnitBudget) => UnitBudget): DisclosureInput {
  const input = yangquanInput();
  return { ...input, units: input.units.map(change) };
}
const section = (input: DisclosureInput, no: string) => deriveNarrative(input).find((s) => s.no === no)!.text;
const unknownPrior = (u: UnitBudget): UnitBudget => ({
  ...u,
  priorYear: {
    totalIncome: null,
    totalExpenditure: null,
    generalCurrentExpenditure: null,
    threePublic: { abroad: null, reception: null, vehiclePurchase: null, vehicleOperation: null },
    operatingCost: null,
  },
});

describe('narrative with unknown prior-year figures', () => {
  it('八 states the 机关运行经费 without a comparison when the 2025 figure is blank', () => {
    const input = sample((u) => ({ ...u, priorYear: { ...u.priorYear, operatingCost: null } }));
    expect(section(input, '八')).toBe('阳泉市市场监督管理局作为行政单位，2026年机关运行经费财政拨款预算195.98万元。');
  });

  it('一 and 五 leave out the change against an unknown prior year', () => {
    const input = sample(unknownPrior);
    expect(section(input, '一')).toBe(
      '2026年度阳泉市市场监督管理局预算收入总计2,197.30万元，其中：本年收入2,190.36万元，上年结转6.94万元；' +
        '本年单位预算支出总计2,197.30万元，其中：本年预算安排2,190.36万元，上年结转6.94万元。',
    );
    expect(section(input, '五').split('\n')[1]).toBe('2026年度阳泉市市场监督管理局一般公共预算当年支出2,190.36万元。');
  });

  it('七 compares only the items whose prior figure is known', () => {
    const input = sample((u) => ({ ...u, priorYear: { ...u.priorYear, threePublic: { ...u.priorYear.threePublic, reception: null } } }));
    expect(section(input, '七')).toBe(
      '2026年阳泉市市场监督管理局财政拨款安排的“三公”经费预算0.00万元。\n' +
        '其中：因公出国（境）费0.00万元，与上年预算数相同；公务接待费0.00万元；公务用车购置及运行费0.00万元，与上年预算数相同。' +
        '公务用车运行维护费0.00万元，与上年预算数相同；公务用车购置费0.00万元，与上年预算数相同。',
    );
  });
});

describe('narrative with unknown asset figures and the fields real documents print', () => {
  it('十一 prints （未填） for a blank figure, the as-of date typed and the planned purchases', () => {
    const input = sample((u) => ({
      ...u,
      assets: {
        ...u.assets,
        asOf: '2026-03-31',
        officeArea: null,
        vehicleQuota: 6,
        vehicles: { ...u.assets.vehicles, LAW_ENFORCEMENT: 5, OTHER: null },
        equipmentOver100: null,
        plannedPurchases: { LAW_ENFORCEMENT: 5 },
      },
    }));
    expect(section(input, '十一').split('\n')).toEqual([
      '1、车辆情况：',
      '截至2026年3月31日，阳泉市市场监督管理局共有公务用车编制6辆，实有（未填），其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，' +
        '执法执勤用车5辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车（未填）。2026年计划购置公务用车5辆，其中：执法执勤用车5辆。',
      '2、房屋情况：',
      '截至2026年3月31日，阳泉市市场监督管理局使用的办公用房建筑总面积（未填）。',
      '3、其他国有资产占有使用情况：',
      '截至2026年3月31日，阳泉市市场监督管理局占有使用价值50万元（原值）以上的通用设备0台（套）；阳泉市市场监督管理局占有使用价值100万元（原值）以上的通用设备（未填）。',
    ]);
  });

  it('九 states the 中小企业 and 小微企业 reservations when given', () => {
    const input = sample((u) => ({ ...u, procurementReserve: { sme: '2000000', smallMicro: '1500000' } }));
    expect(section(input, '九')).toBe(
      '2026年阳泉市市场监督管理局政府采购预算总额301.33万元。其中：政府采购货物预算1.00万元、政府采购工程预算0.00万元、政府采购服务预算300.33万元。' +
        '其中，拟面向中小企业预留200.00万元，其中面向小微企业预留150.00万元。',
    );
    const smeOnly = sample((u) => ({ ...u, procurementReserve: { sme: '2000000', smallMicro: null } }));
    expect(section(smeOnly, '九').endsWith('其中，拟面向中小企业预留200.00万元。')).toBe(true);
  });
});

describe('staffing', () => {
  const staffing = { internalDivisions: 32, authorizedHeadcount: 88, actualHeadcount: null, otherPersonnel: 2 };
  it('prints 未填 for a blank number, never 0', () => {
    expect(staffingSentence(staffing)).toBe('内设科室数32个；核定编制数88个；实际在编人数（未填）；其他人员2人。');
    expect(staffingItems(staffing).map((i) => i.value)).toEqual(['32个', '88个', '未填', '2人']);
  });
});

describe('checks ask for the missing figure', () => {
  const failing = (input: DisclosureInput, rule: string) =>
    deriveDocument(input)
      .checks.filter((c) => c.rule === rule && !c.passed)
      .map((c) => c.message);

  it('asks for the 2025 机关运行经费 instead of a reason for a fake change', () => {
    const input = sample((u) => ({ ...u, priorYear: { ...u.priorYear, operatingCost: null }, reasons: { ...u.reasons, operatingCostChange: '' } }));
    expect(failing(input, 'PRIOR_YEAR_MISSING')).toEqual(['请填写2025年机关运行经费预算数（未填时情况说明不作与上年的比较）']);
    expect(failing(input, 'CHANGE_REASON_MISSING').filter((m) => m.startsWith('八'))).toEqual([]);
  });

  it('asks for a blank staffing number and asset figure', () => {
    const input = sample((u) => ({
      ...u,
      unit: { ...u.unit, staffing: { ...u.unit.staffing, actualHeadcount: null } },
      assets: { ...u.assets, officeArea: null },
    }));
    expect(failing(input, 'PROFILE_FIGURE_MISSING')).toEqual(['请填写实际在编人数（单位概况中显示为“未填”）']);
    expect(failing(input, 'ASSET_FIGURE_MISSING')).toEqual(['请填写办公用房建筑总面积（国有资产占有使用情况）']);
  });

  it('warns while a 沿用上年 text is unreviewed', () => {
    const input = sample((u) => ({ ...u, carriedOver: ['reasons.totalChange', 'project.P1'] }));
    expect(failing(input, 'CARRIED_OVER_UNREVIEWED')).toEqual([
      '情况说明 一、收支总计增减原因沿用上年，请核对后保存',
      '项目 P1 的文字说明沿用上年，请核对后保存',
    ]);
    expect(failing(yangquanInput(), 'CARRIED_OVER_UNREVIEWED')).toEqual([]);
  });
});

describe('reason lead', () => {
  it.each([
    ['主要原因是压缩支出', '压缩支出'],
    ['主要原因：压缩支出', '压缩支出'],
    [' 原因是压缩支出', '压缩支出'],
    ['主要原因是：压缩支出', '压缩支出'],
    ['原因分析见附件', '原因分析见附件'],
    ['压缩支出，主要原因是…', '压缩支出，主要原因是…'],
  ])('%s → %s', (typed, stored) => {
    expect(stripReasonLead(typed)).toBe(stored);
  });
});
