// 山西省（阳泉）template: the thirteen tables of 第二部分 in 万元, as the seed document prints them.
import { NO_DATA_NOTE, TAIL_DIFFERENCE_NOTE } from '../tables/layout';
import type { DisclosureTemplate, MoneyFormat, TemplateTable } from './types';

const WAN: MoneyFormat = { unit: '万元', decimals: 2, thousands: false };

const TITLES = [
  '{year}年预算收支总表',
  '{year}年预算收入总表',
  '{year}年预算支出总表',
  '{year}年财政拨款收支总表',
  '{year}年一般公共预算支出预算表（不含上年结转）',
  '{year}年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '{year}年政府性基金预算收入表（不含上年结转）',
  '{year}年政府性基金预算支出表（不含上年结转）',
  '{year}年国有资本经营预算收支预算表（不含上年结转）',
  '{year}年财政拨款安排“三公”经费支出预算表',
  '{year}年财政拨款安排机关运行经费预算表',
  '{year}年项目支出预算表（本年预算）',
  '{year}年项目支出预算表（上年结转）',
];

const tables: TemplateTable[] = TITLES.map((title, i) => ({
  no: i + 1,
  title,
  money: WAN,
  layout: { kind: 'shanxi', no: i + 1 },
}));

export const SHANXI_TEMPLATE: DisclosureTemplate = {
  id: 'shanxi',
  version: 1,
  name: '山西省（阳泉）',
  scopePrefix: { UNIT: '', DEPARTMENT: '' },
  scopeShort: { UNIT: '', DEPARTMENT: '' },
  moneyByScope: { UNIT: WAN, DEPARTMENT: WAN },
  tables,
  tableNotes: { withData: [TAIL_DIFFERENCE_NOTE], empty: [NO_DATA_NOTE] },
  sections: [
    { key: 'overview', heading: '第一部分 概况' },
    { key: 'tables', heading: '第二部分 报表' },
    { key: 'narrative', heading: '第三部分 情况说明' },
    { key: 'glossary', heading: '第四部分 名词解释' },
  ],
  narrative: 'shanxi-twelve-sections',
  phrases: {
    orgLabel: '单位名称',
    unitLabel: '单位：',
  },
  glossary: { source: 'admin' },
  performanceTable: { unit: '元', perProject: true },
};
