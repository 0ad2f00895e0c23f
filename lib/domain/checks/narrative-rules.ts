// The figures the 情况说明 prints against the table cells they restate: the narrative and the tables
// sum the lines along separate paths, and this rule keeps the two from drifting apart.
import { wanTextFromCents } from '../tables/cents';
import type { CheckFigure, CheckResult, DerivedTable, NarrativeSection } from '../types';
import { failure, outcome, rule } from './check-result';
import { tableView, type TableView } from './table-view';

export const NARRATIVE_EQ_TABLES = rule('NARRATIVE_EQ_TABLES', '情况说明中的金额等于表中对应数');

interface Tie {
  section: string; // 一 … 十二
  /** The words the narrative prints right before the amount. */
  label: string;
  table: number;
  /** The row whose column `rowCol` reads this text. */
  row: string;
  rowCol: number;
  col: number;
}

const tie = (section: string, label: string, table: number, row: string, col: number, rowCol = 0): Tie => ({ section, label, table, row, rowCol, col });

/** Each narrative figure and the cell it restates (table 1: 支出 columns 3–5 read the 支出 side, column 2). */
const TIES: readonly Tie[] = [
  tie('一', '预算收入总计', 1, '收入总计', 1),
  tie('一', '本年收入', 1, '本年收入合计', 1),
  tie('一', '上年结转', 1, '上年结转', 1),
  tie('一', '预算支出总计', 1, '支出总计', 3, 2),
  tie('一', '本年预算安排', 1, '支出总计', 4, 2),
  tie('二', '预算收入', 1, '收入总计', 1),
  tie('二', '一般公共预算拨款收入', 1, '一、一般公共预算', 1),
  tie('二', '政府性基金预算拨款收入', 1, '二、政府性基金预算', 1),
  tie('二', '国有资本经营预算拨款收入', 1, '三、国有资本经营预算', 1),
  tie('二', '财政专户管理资金收入', 1, '四、财政专户管理资金', 1),
  tie('二', '单位资金', 1, '五、单位资金', 1),
  tie('二', '上年结转', 1, '上年结转', 1),
  tie('三', '支出预算', 3, '合计', 2),
  tie('三', '基本支出', 3, '合计', 3),
  tie('三', '项目支出', 3, '合计', 4),
  tie('四', '财政拨款收支总预算', 4, '收入总计', 1),
  tie('四', '一般公共预算拨款', 4, '支出总计', 4, 2),
  tie('四', '政府性基金预算拨款', 4, '支出总计', 5, 2),
  tie('四', '国有资本经营预算拨款', 4, '支出总计', 6, 2),
  tie('四', '当年拨款收入', 4, '本年收入合计', 1),
  tie('四', '上年结转收入', 4, '上年财政拨款结转', 1),
  tie('五', '一般公共预算当年支出', 5, '合计', 2),
  tie('六', '一般公共预算安排基本支出', 6, '合计', 2),
  tie('六', '人员经费', 6, '合计', 3),
  tie('六', '公用经费', 6, '合计', 4),
  tie('七', '“三公”经费预算', 10, '合计', 1),
  tie('七', '因公出国（境）费', 10, '因公出国（境）费', 1),
  tie('七', '公务接待费', 10, '公务接待费', 1),
  tie('七', '公务用车购置及运行费', 10, '公务用车购置及运行费', 1),
  tie('七', '公务用车购置费', 10, '①公务用车购置费', 1),
  tie('七', '公务用车运行维护费', 10, '②公务用车运行维护费', 1),
  tie('八', '机关运行经费财政拨款预算', 11, '部门合计', 1),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AMOUNT = '(-?\\d{1,3}(?:,\\d{3})*\\.\\d{2})万元';

/** The amount (万元 text) printed right after the label's first such occurrence in the section, or null. */
export function printedAmount(section: NarrativeSection, label: string): string | null {
  return new RegExp(escape(label) + AMOUNT).exec(section.text)?.[1] ?? null;
}

/** 万元 text with thousands separators → 元 with two decimals (the rounded figure as printed). */
function wanToYuan(wan: string): string {
  const [int, frac] = wan.replace(/,/g, '').split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = `${sign ? int.slice(1) : int}${frac}00`.replace(/^0+(?=\d)/, '');
  return `${sign}${digits}.00`;
}

/**
 * Every figure the narrative prints (at the place it names) equals the table cell it restates, as
 * both are shown: 万元 to two decimals. A figure the narrative does not print is not compared.
 */
export function narrativeRules(narrative: readonly NarrativeSection[], tables: readonly DerivedTable[]): CheckResult[] {
  const views = new Map<number, TableView | undefined>();
  const view = (no: number) => {
    if (!views.has(no)) views.set(no, tableView(tables, no));
    return views.get(no);
  };
  const failures = TIES.map((t) => {
    const section = narrative.find((s) => s.no === t.section);
    const printed = section ? printedAmount(section, t.label) : null;
    const table = view(t.table);
    if (!section || printed === null || !table) return null;
    const r = table.findRow(t.row, t.rowCol);
    const cents = r >= 0 ? table.value(r, t.col) : 0n;
    const shown = wanTextFromCents(cents);
    if (shown === printed) return null;
    const told: CheckFigure = {
      label: `情况说明 ${t.section}、${t.label}`,
      source: `情况说明 ${t.section} ${section.title}`,
      value: wanToYuan(printed),
      display: `${printed}万元`,
    };
    const cell = table.figure(r, t.col, `${t.row}${r >= 0 ? '' : '（表中无此行）'}`).build();
    const message = `情况说明“${t.section}、${section.title}”中的${t.label} ${printed}万元 ≠ ${cell.label} ${shown}万元`;
    return failure(NARRATIVE_EQ_TABLES, message, [told, cell], { tables: [t.table] });
  });
  return outcome(NARRATIVE_EQ_TABLES, failures, { tables: [...new Set(TIES.map((t) => t.table))] });
}
