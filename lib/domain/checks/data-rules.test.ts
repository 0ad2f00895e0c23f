import { describe, expect, it } from 'vitest';
import { deriveProjectTables } from '../projects';
import { deriveTables } from '../tables';
import type { ExpenditureLine, ProcurementItem, Project, UnitBudget } from '../types';
import { checksOf, failures, sampleWith } from './__fixtures__/sample-checks';

const editLine =
  (id: string, change: Partial<ExpenditureLine>) =>
  (u: UnitBudget): UnitBudget => ({
    ...u,
    lines: u.lines.map((l) => (l.id === id ? { ...l, ...change } : l)),
  });
const addLine =
  (line: Partial<ExpenditureLine>) =>
  (u: UnitBudget): UnitBudget => ({
    ...u,
    lines: [...u.lines, { ...u.lines[0], id: 'X1', ...line }],
  });
const editProject =
  (code: string, change: Partial<Project>) =>
  (u: UnitBudget): UnitBudget => ({
    ...u,
    projects: u.projects.map((p) => (p.code === code ? { ...p, ...change } : p)),
  });
const editProcurement =
  (id: string, change: Partial<ProcurementItem>) =>
  (u: UnitBudget): UnitBudget => ({
    ...u,
    procurement: u.procurement.map((i) => (i.id === id ? { ...i, ...change } : i)),
  });
const sampleTables = deriveTables(sampleWith());
const failing = (rule: string, change: (u: UnitBudget) => UnitBudget) => failures(checksOf(sampleWith(change)), rule);

describe('checks of the lines', () => {
  it('AMOUNTS_VALID covers lines, procurement, project funds and prior-year figures', () => {
    const input = sampleWith((u) => ({
      ...editLine('L001', { amount: '12.345' })(u),
      procurement: u.procurement.map((i, n) => (n === 0 ? { ...i, amount: '-1' } : i)),
      projects: u.projects.map((p, n) => (n === 0 ? { ...p, fundingYear: { ...p.fundingYear, PROVINCIAL: '1,000' } } : p)),
      priorYear: { ...u.priorYear, operatingCost: '' },
    }));
    // Tables cannot be derived from invalid amounts: the sample's own are passed instead.
    expect(failures(checksOf(input, sampleTables, []), 'AMOUNTS_VALID')).toEqual([
      '支出明细第1行的金额 12.345 无效（应为非负、最多两位小数的元金额）',
      '政府采购项目 P-029-2026-01 台式计算机 的金额 -1 无效（应为非负、最多两位小数的元金额）',
      '项目 029-2026-01 两品一械抽样检验经费 的年度资金（省级财政资金） 1,000 无效（应为非负、最多两位小数的元金额）',
      '阳泉市市场监督管理局 上年预算数 机关运行经费 （未填写） 无效（应为非负、最多两位小数的元金额）',
    ]);
  });

  it('LINE_PROJECT_LINK', () => {
    expect(failing('LINE_PROJECT_LINK', editLine('L105', { projectCode: null }))).toEqual(['支出明细第40行为项目支出，但未关联项目']);
    expect(failing('LINE_PROJECT_LINK', editLine('L001', { projectCode: '029-2026-03' }))).toEqual(['支出明细第1行为基本支出，却关联了项目 029-2026-03']);
    expect(failing('LINE_PROJECT_LINK', editLine('L105', { projectCode: '029-2026-99' }))).toEqual([
      '支出明细第40行关联的项目 029-2026-99 不在阳泉市市场监督管理局的项目库中',
    ]);
  });

  it('LINE_FUNCTION_CODE', () => {
    expect(failing('LINE_FUNCTION_CODE', editLine('L001', { functionCode: '20138' }))).toEqual(['支出明细第1行的功能科目 20138 不是项级科目（应为7位编码）']);
    expect(failing('LINE_FUNCTION_CODE', editLine('L001', { functionCode: '2013898' }))).toEqual([
      '支出明细第1行的功能科目 2013898 不在2026年支出功能分类科目中',
    ]);
  });

  it('LINE_ECON_CODE', () => {
    expect(failing('LINE_ECON_CODE', editLine('L001', { deptEconCode: '301' }))).toEqual(['支出明细第1行的部门经济科目 301 不是款级科目（应为5位编码）']);
    expect(failing('LINE_ECON_CODE', editLine('L001', { govEconCode: '50298' }))).toEqual([
      '支出明细第1行的政府经济科目 50298 不在2026年政府预算支出经济分类中',
    ]);
  });

  it('ECON_PAIR_CLASS warns of 人员经费 booked to a 商品和服务 government code', () => {
    const checks = checksOf(sampleWith(editLine('L001', { govEconCode: '50201' })));
    expect(failures(checks, 'ECON_PAIR_CLASS')).toEqual([
      '支出明细第1行：部门经济科目 30101 基本工资（人员经费）对应了政府经济科目 50201 办公经费，按2026年经济科目对照表行政单位应使用 50101 或 50501',
    ]);
    expect(checks.find((c) => c.rule === 'ECON_PAIR_CLASS')).toMatchObject({ severity: 'WARNING', refs: { lineIds: ['L001'] } });
  });

  it('ECON_PAIR_CLASS checks capital, enterprise and other codes against the mapping, per unit kind', () => {
    // 31002 (资本性支出, not 基本建设) belongs to 50306, never to the 基本建设 column 50404.
    expect(failing('ECON_PAIR_CLASS', editLine('L106', { govEconCode: '50404' }))).toEqual([
      '支出明细第41行：部门经济科目 31002 办公设备购置对应了政府经济科目 50404 设备购置，按2026年经济科目对照表行政单位应使用 50306 或 50601',
    ]);
    expect(failing('ECON_PAIR_CLASS', addLine({ deptEconCode: '30902', govEconCode: '50404' }))).toEqual([]);
    expect(failing('ECON_PAIR_CLASS', addLine({ deptEconCode: '31009', govEconCode: '50305' }))).toEqual([]);
    expect(failing('ECON_PAIR_CLASS', addLine({ deptEconCode: '31101', govEconCode: '50801' }))).toEqual([
      '支出明细第55行：部门经济科目 31101 资本金注入（公用经费）对应了政府经济科目 50801 对企业资本性支出（一），按2026年经济科目对照表行政单位应使用 50802',
    ]);
    const institution = (u: UnitBudget): UnitBudget => ({ ...u, unit: { ...u.unit, kind: 'INSTITUTION' } });
    const inst = failing('ECON_PAIR_CLASS', (u) => institution(editLine('L106', { govEconCode: '50306' })(u)));
    expect(inst).toContain('支出明细第41行：部门经济科目 31002 办公设备购置对应了政府经济科目 50306 设备购置，按2026年经济科目对照表事业单位应使用 50601');
  });

  it('ECON_PAIR_CLASS falls back to the class rules where the input carries no mapping', () => {
    const input = sampleWith(editLine('L106', { govEconCode: '50404' }));
    const noMapping = { ...input, catalogs: { ...input.catalogs, econMapping: undefined } };
    expect(failures(checksOf(noMapping), 'ECON_PAIR_CLASS')).toEqual([
      '支出明细第41行：部门经济科目 31002 办公设备购置对应了政府经济科目 50404 设备购置，按2026年经济科目对照表行政单位应使用 503 或 50601 开头的科目',
    ]);
  });

  it('CARRYOVER_LINE_PROJECT', () => {
    expect(failing('CARRYOVER_LINE_PROJECT', editLine('L117', { projectCode: '029-2026-05' }))).toEqual([
      '支出明细第52行为上年结转，但项目 029-2026-05 农批市场快检项目经费 是2026年设立的项目',
    ]);
    expect(failing('CARRYOVER_LINE_PROJECT', editLine('L001', { timing: 'CARRYOVER' }))).toEqual(['支出明细第1行为上年结转的基本支出，上年结转应安排在项目中']);
  });
});

describe('checks of the procurement plan', () => {
  it('PROCUREMENT_TOTAL names the item of no category', () => {
    const change = editProcurement('P-029-2026-01', { category: 'OTHER' as ProcurementItem['category'] });
    expect(failing('PROCUREMENT_TOTAL', change)).toEqual([
      '政府采购预算总额 301.33万元 ≠ 货物、工程、服务预算之和 300.33万元；未归入货物、工程、服务的采购项目：P-029-2026-01',
    ]);
  });

  it('PROCUREMENT_ITEM_CODE', () => {
    expect(failing('PROCUREMENT_ITEM_CODE', editProcurement('P-029-2026-01', { catalogCode: 'C21040000' }))).toEqual([
      '政府采购项目 P-029-2026-01 台式计算机 的品目编码 C21040000 与类别“货物”不符（货物类编码以A开头）',
    ]);
  });
});

describe('checks of the projects', () => {
  it('PROJECT_YEAR_FUNDS_EQ_T12 catches the seed table that left 年度资金总额 blank', () => {
    expect(failing('PROJECT_YEAR_FUNDS_EQ_T12', editProject('029-2026-02', { fundingYear: {} }))).toEqual([
      '项目 029-2026-02 2026年中央药品监管补助资金 年度资金总额 0.00万元 ≠ 表十二 2026年中央药品监管补助资金 合计 17.80万元',
    ]);
  });

  it('PROJECT_YEAR_FUNDS_EQ_T12 for a project table 12 does not print', () => {
    const change = (u: UnitBudget) => ({ ...u, lines: u.lines.filter((l) => l.projectCode !== '029-2026-07') });
    expect(failing('PROJECT_YEAR_FUNDS_EQ_T12', change)).toEqual(['项目 029-2026-07 遗属补助 年度资金总额 1.10万元 ≠ 表十二 遗属补助 0.00万元']);
  });

  it('PERFORMANCE_COVERAGE: a missing table, an unfilled table and a stray table', () => {
    const input = sampleWith(editProject('029-2026-07', { indicatorsPeriod: [], indicatorsYear: [], goalYear: '' }));
    const tables = deriveProjectTables(input);
    const withoutOne = tables.filter((t) => t.projectCode !== '029-2026-03');
    const stray = [...tables, { ...tables[0], projectCode: '029-2026-99', projectName: '虚设项目' }];
    expect(failures(checksOf(input, undefined, withoutOne), 'PERFORMANCE_COVERAGE')).toEqual([
      '项目 029-2026-03 市场监管工作经费 缺少绩效目标表',
      '项目 029-2026-07 遗属补助 的绩效目标表未填写绩效指标、年度目标',
    ]);
    expect(failures(checksOf(input, undefined, stray), 'PERFORMANCE_COVERAGE')).toContain('绩效目标表 029-2026-99 虚设项目 没有对应的本年项目');
  });

  it('PERFORMANCE_COVERAGE asks a performance table of an older project given money of the year', () => {
    const change = addLine({
      kind: 'PROJECT',
      projectCode: '029-2025-02',
      functionCode: '2013812',
      deptEconCode: '30227',
      govEconCode: '50205',
      amount: '1000',
    });
    const input = sampleWith(change);
    expect(failures(checksOf(input), 'PERFORMANCE_COVERAGE')).toEqual([
      '项目 029-2025-02 2025年中央药品监管补助资金 的绩效目标表未填写绩效指标、实施期目标、年度目标',
    ]);
  });

  it('PROJECT_FUNDS_WITHIN_PERIOD', () => {
    const change = editProject('029-2026-05', { fundingPeriod: { CITY_COUNTY: '700000' } });
    expect(failing('PROJECT_FUNDS_WITHIN_PERIOD', change)).toEqual([
      '项目 029-2026-05 农批市场快检项目经费 年度资金总额 80.00万元 超过 实施期资金总额 70.00万元',
    ]);
  });
});

describe('CHANGE_REASON_MISSING', () => {
  it('warns where the seed gives no reason (五) and where a reason is removed', () => {
    expect(failing('CHANGE_REASON_MISSING', (u) => u)).toEqual(['五、一般公共预算当年支出 本年 2,190.36万元，上年 2,429.65万元，有增减但未填写原因']);
    const change = (u: UnitBudget) => ({ ...u, reasons: { ...u.reasons, receptionChange: ' ', operatingCostChange: '' } });
    expect(failing('CHANGE_REASON_MISSING', change)).toEqual([
      '五、一般公共预算当年支出 本年 2,190.36万元，上年 2,429.65万元，有增减但未填写原因',
      '七、公务接待费 本年 0.00万元，上年 0.80万元，有增减但未填写原因',
      '八、机关运行经费 本年 195.98万元，上年 208.38万元，有增减但未填写原因',
    ]);
  });
});
