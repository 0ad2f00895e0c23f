import type { MoneyValue } from '../money';
import { knownSum } from '../unknown-figures';
import { buildContext, type TableContext } from '../tables/context';
import type { SliceFilter } from '../tables/slice';
import type { DisclosureInput, NarrativeSection } from '../types';
import { FISCAL_SOURCES } from '../types';
import { byFunctionClass, money } from './figures';
import { amountText, comparedWithPrior, sharesText } from './phrases';

export interface NarrativeContext {
  input: DisclosureInput;
  /** The table engine's exact sums of the lines, built once per document. */
  sums: TableContext;
  /** Exact 元 of the lines a filter selects. */
  total(filter?: SliceFilter): MoneyValue;
  subject: string; // 2026年度阳泉市市场监督管理局
  scopeWord: '单位' | '部门';
}

export function narrativeContext(input: DisclosureInput, sums: TableContext = buildContext(input)): NarrativeContext {
  return {
    input,
    sums,
    total: (filter = {}) => money(sums.all.total(filter)),
    subject: `${input.year}年度${input.org.name}`,
    scopeWord: input.scope === 'UNIT' ? '单位' : '部门',
  };
}

const VS_PRIOR = { against: '上年', same: '与上年持平', withPercent: true };

/** 一 单位预算收支数据变动情况及原因 */
export function totalsSection({ input, total: sumLines, subject, scopeWord }: NarrativeContext): NarrativeSection {
  const total = sumLines();
  const current = sumLines({ timing: 'CURRENT' });
  const carried = sumLines({ timing: 'CARRYOVER' });
  const prior = input.units.map((u) => u.priorYear);
  const priorIncome = knownSum(prior.map((p) => p.totalIncome));
  const priorExpenditure = knownSum(prior.map((p) => p.totalExpenditure));
  const reason = input.units.map((u) => u.reasons.totalChange).find((r) => r.trim()) ?? '';
  const carriedText = `上年结转${amountText(carried)}`;
  const income =
    `${subject}预算收入总计${amountText(total)}，其中：本年收入${amountText(current)}，${carriedText}` +
    comparedWithPrior(total, priorIncome, VS_PRIOR, reason);
  const expenditure =
    `本年${scopeWord}预算支出总计${amountText(total)}，其中：本年预算安排${amountText(current)}，${carriedText}` +
    comparedWithPrior(total, priorExpenditure, VS_PRIOR, reason);
  return { no: '一', title: `${scopeWord}预算收支数据变动情况及原因`, text: `${income}；${expenditure}。` };
}

/** 二 收入预算情况说明 */
export function incomeSection({ total: sumLines, subject }: NarrativeContext): NarrativeSection {
  const total = sumLines();
  const parts = [
    ['一般公共预算拨款收入', sumLines({ sources: ['GENERAL'], timing: 'CURRENT' })],
    ['政府性基金预算拨款收入', sumLines({ sources: ['GOV_FUND'], timing: 'CURRENT' })],
    ['国有资本经营预算拨款收入', sumLines({ sources: ['STATE_CAPITAL'], timing: 'CURRENT' })],
    ['财政专户管理资金收入', sumLines({ sources: ['SPECIAL_ACCOUNT'], timing: 'CURRENT' })],
    ['单位资金', sumLines({ sources: ['UNIT_OWN'], timing: 'CURRENT' })],
    ['上年结转', sumLines({ timing: 'CARRYOVER' })],
  ] as const;
  const items = parts.map(([name, amount]) => ({ name, amount }));
  const text = `${subject}预算收入${amountText(total)}，主要包括${sharesText(items, total)}。`;
  return { no: '二', title: '收入预算情况说明', text };
}

/** 三 支出预算情况说明 */
export function expenditureSection({ total: sumLines, subject }: NarrativeContext): NarrativeSection {
  const total = sumLines();
  const items = [
    { name: '基本支出', amount: sumLines({ kind: 'BASIC' }) },
    { name: '项目支出', amount: sumLines({ kind: 'PROJECT' }) },
  ];
  const text = `${subject}支出预算${amountText(total)}，其中：${sharesText(items, total)}。`;
  return { no: '三', title: '支出预算情况说明', text };
}

/** 四 财政拨款收支预算总体情况说明 */
export function fiscalSection(ctx: NarrativeContext): NarrativeSection {
  const { subject, total: sumLines } = ctx;
  const fiscal = { sources: FISCAL_SOURCES };
  const bySource = [
    ['一般公共预算拨款', 'GENERAL'],
    ['政府性基金预算拨款', 'GOV_FUND'],
    ['国有资本经营预算拨款', 'STATE_CAPITAL'],
  ] as const;
  const sources = bySource.map(([name, s]) => `${name}${amountText(sumLines({ sources: [s] }))}`).join('，');
  const classes = byFunctionClass(ctx, fiscal).map((c) => `${c.name}${amountText(c.amount)}`);
  const text =
    `${subject}财政拨款收支总预算${amountText(sumLines(fiscal))}。其中：${sources}。` +
    `其中：当年拨款收入${amountText(sumLines({ ...fiscal, timing: 'CURRENT' }))}，` +
    `上年结转收入${amountText(sumLines({ ...fiscal, timing: 'CARRYOVER' }))}。` +
    (classes.length > 0 ? `支出包括：${classes.join('、')}等。` : '');
  return { no: '四', title: '财政拨款收支预算总体情况说明', text };
}

/** 五 一般公共预算支出情况说明 */
export function generalSection(ctx: NarrativeContext): NarrativeSection {
  const { input, subject } = ctx;
  const filter = { sources: ['GENERAL'] as const, timing: 'CURRENT' as const };
  const total = ctx.total(filter);
  const prior = knownSum(input.units.map((u) => u.priorYear.generalCurrentExpenditure));
  const reason = input.units.map((u) => u.reasons.generalChange).find((r) => r.trim()) ?? '';
  const classes = byFunctionClass(ctx, filter);
  const scale = `${subject}一般公共预算当年支出${amountText(total)}${comparedWithPrior(total, prior, VS_PRIOR, reason)}。`;
  const structure =
    `${subject}一般公共预算当年支出${amountText(total)}` + (classes.length > 0 ? `，主要用于以下方面：${sharesText(classes, total)}等。` : '。');
  const text = ['（一）一般公共预算当年支出规模变化情况', scale, '（二）一般公共预算当年支出结构情况', structure].join('\n');
  return { no: '五', title: '一般公共预算支出情况说明', text };
}
