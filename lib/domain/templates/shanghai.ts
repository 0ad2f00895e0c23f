// 上海市 template: nine tables in 元 (三公 in 万元), titles prefixed 部门 / 预算单位 by scope, as the
// Shanghai reference documents print them (/work/shared/reference/documents).
import { FISCAL_SOURCES } from '../types';
import type { ColumnSpec, DisclosureTemplate, IncomeRowSpec, MoneyFormat, Selection, TemplateTable } from './types';
import { SHANGHAI_GLOSSARY } from './shanghai/glossary';

// Whole 元 (171,915,169) unless an amount of the document has 分, then two decimals (31,214,205.80).
const YUAN: MoneyFormat = { unit: '元', decimals: 'auto', thousands: true };
/** 部门 documents print the zero 人员/公用 cells of the economic table (0 / 0.00). */
const YUAN_ZEROS: MoneyFormat = { ...YUAN, zero: 'zero' };
const WAN: MoneyFormat = { unit: '万元', decimals: 2, thousands: true };

/** 事业收入: the unit's own and special-account funds (the engine has no 经营收入 / 其他收入 source). */
const OWN: Selection = { sources: ['SPECIAL_ACCOUNT', 'UNIT_OWN'], timing: 'CURRENT' };
const FISCAL: Selection = { sources: FISCAL_SOURCES };
const CARRYOVER_HEAD = '上年结转';

const KIND_COLUMNS = (base: Selection): ColumnSpec[] => [
  { head: '合计', select: base },
  { head: '基本支出', select: { ...base, kind: 'BASIC' } },
  { head: '项目支出', select: { ...base, kind: 'PROJECT' } },
];

const FUNCTION_HEAD = (group: string, columns: string[]) => [
  ['项目', '', '', '', group, ...columns.slice(1).map(() => '')],
  ['功能分类科目编码', '', '', '功能分类科目名称', ...columns],
  ['类', '款', '项', '', ...columns.map(() => '')],
];

const fundTable = (no: number, title: string, source: 'GENERAL' | 'GOV_FUND' | 'STATE_CAPITAL', group: string, fund: string): TemplateTable => ({
  no,
  title,
  money: 'by-scope',
  // The references' wording (e.g. 万里街道 2025: 注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。).
  emptyFund: fund,
  layout: {
    kind: 'function',
    rows: { sources: [source] },
    columns: KIND_COLUMNS({ sources: [source] }),
    header: FUNCTION_HEAD(group, ['合计', '基本支出', '项目支出']),
  },
});

const INCOME_COLUMNS: ColumnSpec[] = [
  { head: '合计', select: {} },
  { head: '财政拨款收入', select: { sources: FISCAL_SOURCES, timing: 'CURRENT' } },
  { head: '事业收入', select: OWN },
  { head: '事业单位经营收入', select: null },
  { head: '其他收入', select: null },
  { head: CARRYOVER_HEAD, select: { timing: 'CARRYOVER' }, onlyIfNonzero: true },
];

const INCOME_ITEMS = (mark: string): IncomeRowSpec[] => [
  { label: '一、财政拨款收入', select: { sources: FISCAL_SOURCES, timing: 'CURRENT' } },
  { label: `1${mark}一般公共预算资金`, select: { sources: ['GENERAL'], timing: 'CURRENT' } },
  { label: `2${mark}政府性基金`, select: { sources: ['GOV_FUND'], timing: 'CURRENT' } },
  { label: `3${mark}国有资本经营预算`, select: { sources: ['STATE_CAPITAL'], timing: 'CURRENT' } },
  { label: '二、事业收入', select: OWN },
  { label: '三、事业单位经营收入', select: null },
  { label: '四、其他收入', select: null },
  { label: '五、上年结转', select: { timing: 'CARRYOVER' }, onlyIfNonzero: true },
];

const tables: TemplateTable[] = [
  {
    no: 1,
    title: '{year}年{scope}财务收支预算总表',
    money: 'by-scope',
    byScope: {
      // 部门 documents print one 预算数 column and number the fund items "1. ".
      DEPARTMENT: {
        layout: {
          kind: 'income-expenditure-summary',
          income: INCOME_ITEMS('. '),
          expenditure: {},
          expenditureColumns: [{ head: '预算数', select: {} }],
          header: [
            ['本年收入', '', '本年支出', ''],
            ['项目', '预算数', '项目', '预算数'],
          ],
        },
      },
    },
    layout: {
      kind: 'income-expenditure-summary',
      income: INCOME_ITEMS('、'),
      expenditure: {},
      expenditureColumns: [
        { head: '合计', select: {} },
        { head: '人员经费', select: { kind: 'BASIC', personnel: true } },
        { head: '公用经费', select: { kind: 'BASIC', personnel: false } },
        { head: '项目支出', select: { kind: 'PROJECT' } },
      ],
      header: [
        ['本年收入', '', '本年支出', '', '', '', ''],
        ['项目', '预算数', '项目', '预算数', '', '', ''],
        ['', '', '', '合计', '基本支出', '', '项目支出'],
        ['', '', '', '', '人员经费', '公用经费', ''],
      ],
    },
  },
  {
    no: 2,
    title: '{year}年{scope}收入预算总表',
    money: 'by-scope',
    layout: {
      kind: 'function',
      rows: {},
      columns: INCOME_COLUMNS,
      header: FUNCTION_HEAD(
        '收入预算',
        INCOME_COLUMNS.map((c) => c.head),
      ),
    },
  },
  {
    no: 3,
    title: '{year}年{scope}支出预算总表',
    money: 'by-scope',
    layout: { kind: 'function', rows: {}, columns: KIND_COLUMNS({}), header: FUNCTION_HEAD('支出预算', ['合计', '基本支出', '项目支出']) },
  },
  {
    no: 4,
    title: '{year}年{scope}财政拨款收支预算总表',
    money: 'by-scope',
    layout: {
      kind: 'income-expenditure-summary',
      income: [
        { label: '一、一般公共预算资金', select: { sources: ['GENERAL'], timing: 'CURRENT' } },
        { label: '二、政府性基金', select: { sources: ['GOV_FUND'], timing: 'CURRENT' } },
        { label: '三、国有资本经营预算', select: { sources: ['STATE_CAPITAL'], timing: 'CURRENT' } },
        { label: '四、上年财政拨款结转', select: { sources: FISCAL_SOURCES, timing: 'CARRYOVER' }, onlyIfNonzero: true },
      ],
      expenditure: FISCAL,
      expenditureColumns: [
        { head: '合计', select: FISCAL },
        { head: '一般公共预算', select: { sources: ['GENERAL'] } },
        { head: '政府性基金预算', select: { sources: ['GOV_FUND'] } },
        { head: '国有资本经营预算', select: { sources: ['STATE_CAPITAL'] } },
      ],
      header: [
        ['财政拨款收入', '', '财政拨款支出', '', '', '', ''],
        ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ],
    },
  },
  fundTable(5, '{year}年{scope}一般公共预算支出功能分类预算表', 'GENERAL', '一般公共预算支出', '一般公共预算'),
  fundTable(6, '{year}年{scope}政府性基金预算支出功能分类预算表', 'GOV_FUND', '政府性基金预算支出', '政府性基金预算'),
  fundTable(7, '{year}年{scope}国有资本经营预算支出功能分类预算表', 'STATE_CAPITAL', '国有资本经营预算支出', '国有资本经营预算'),
  {
    no: 8,
    title: '{year}年{scope}一般公共预算基本支出部门预算经济分类预算表',
    money: 'by-scope',
    byScope: { DEPARTMENT: { money: YUAN_ZEROS } },
    layout: {
      kind: 'economic',
      rows: { sources: ['GENERAL'], kind: 'BASIC' },
      columns: [
        { head: '合计', select: { sources: ['GENERAL'], kind: 'BASIC' } },
        { head: '人员经费', select: { sources: ['GENERAL'], kind: 'BASIC', personnel: true } },
        { head: '公用经费', select: { sources: ['GENERAL'], kind: 'BASIC', personnel: false } },
      ],
      header: [
        ['项目', '', '', '一般公共预算基本支出', '', ''],
        ['经济分类科目编码', '', '部门经济分类科目名称', '合计', '人员经费', '公用经费'],
        ['类', '款', '', '', '', ''],
      ],
    },
  },
  {
    no: 9,
    title: '{year}年{scopeShort}“三公”经费和机关运行经费预算表',
    money: WAN,
    layout: {
      kind: 'three-public-operating',
      header: [
        ['“三公”经费预算数', '', '', '', '', '', '机关运行经费预算数'],
        ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '', '', ''],
        ['', '', '', '小计', '购置费', '运行费', ''],
      ],
    },
  },
];

export const SHANGHAI_TEMPLATE: DisclosureTemplate = {
  id: 'shanghai',
  version: 1,
  name: '上海市',
  scopePrefix: { UNIT: '预算单位', DEPARTMENT: '部门' },
  scopeShort: { UNIT: '单位', DEPARTMENT: '部门' },
  moneyByScope: { UNIT: YUAN, DEPARTMENT: YUAN },
  tables,
  tableNotes: { withData: [], empty: [] },
  sections: [
    { key: 'duties', heading: '主要职能' },
    { key: 'structure', heading: '机构设置' },
    { key: 'glossary', heading: '名词解释' },
    { key: 'explanation', heading: '预算编制说明' },
    { key: 'tables', heading: '预算表' },
    { key: 'other', heading: '其他相关情况说明' },
    { key: 'projects', heading: '项目经费情况说明' },
  ],
  narrative: 'shanghai-explanation',
  phrases: {
    orgLabelUnit: '编制单位',
    orgLabelDepartment: '编制部门',
    unitLabel: '单位：',
    flat: '持平',
    increase: '增加',
    decrease: '减少',
  },
  glossary: { source: 'template', entries: SHANGHAI_GLOSSARY },
  performanceTable: { unit: '元', perProject: true },
};
