// Shanghai's 编制说明, 其他相关情况说明 and 项目经费情况说明, from the same exact sums as the tables.
// Only the reasons are typed in; the 项 purposes are the composition of their spending.
import { sum, yuan, type MoneyValue } from '../../money';
import { countText, dateText, knownCount, knownSum } from '../../unknown-figures';
import { money, operatingCostOf, threePublicOf } from '../../narrative/figures';
import { amountText, changeText, reasonClause } from '../../narrative/phrases';
import { currentYearProjects } from '../../projects';
import type { TableContext } from '../../tables/context';
import { EMPTY_SLICE, type SliceFilter } from '../../tables/slice';
import { FISCAL_SOURCES, type DisclosureInput, type NarrativeSection } from '../../types';
import { phraseText, type PhraseOverrides } from '../fixed-phrases';
import type { DisclosureTemplate } from '../types';

const FISCAL: SliceFilter = { sources: FISCAL_SOURCES };

/** "，比2025年预算增加…"; '' when the prior figure is unknown (no comparison against an unknown). */
function change(current: MoneyValue, prior: MoneyValue | null, year: number): string {
  if (prior === null) return '';
  const against = `${year - 1}年预算`;
  return `，${changeText(current, prior, { against, same: `与${against}持平`, withPercent: false })}`;
}
const plus = (a: MoneyValue | null, b: MoneyValue | null) => (a === null || b === null ? null : a.plus(b));

function firstReason(input: DisclosureInput, key: keyof DisclosureInput['units'][number]['reasons']): string {
  return input.units.map((u) => u.reasons[key].trim()).find((r) => r !== '') ?? '';
}

/** “社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）” */
function itemLabel(sums: TableContext, code: string): string {
  return `“${sums.functionName(code.slice(0, 3))}（类）${sums.functionName(code.slice(0, 5))}（款）${sums.functionName(code)}（项）”`;
}

/** What a 项 is used for: its 人员经费, 公用经费 and 项目支出 (财政拨款). */
function purpose(sums: TableContext, code: string): string {
  const slice = sums.byFunction.get(code) ?? EMPTY_SLICE;
  const staff = (sums.personnelByFunction.get(code) ?? EMPTY_SLICE).total({ ...FISCAL, kind: 'BASIC' });
  const basic = slice.total({ ...FISCAL, kind: 'BASIC' });
  const project = slice.total({ ...FISCAL, kind: 'PROJECT' });
  const parts = [
    staff !== 0n ? `人员经费${amountText(money(staff))}` : '',
    basic - staff !== 0n ? `公用经费${amountText(money(basic - staff))}` : '',
    project !== 0n ? `项目支出${amountText(money(project))}` : '',
  ].filter((p) => p !== '');
  return parts.join('、');
}

export function explanationSection(input: DisclosureInput, sums: TableContext, t: DisclosureTemplate): NarrativeSection {
  const y = input.year;
  const all = money(sums.all.total());
  const fiscal = money(sums.all.total(FISCAL));
  const own = money(sums.all.total({ sources: ['SPECIAL_ACCOUNT', 'UNIT_OWN'] }));
  const bySource = (s: 'GENERAL' | 'GOV_FUND' | 'STATE_CAPITAL') => money(sums.all.total({ sources: [s] }));
  const priorIncome = knownSum(input.units.map((u) => u.priorYear.totalIncome));
  const priorGeneral = knownSum(input.units.map((u) => u.priorYear.generalCurrentExpenditure));
  const general = bySource('GENERAL');
  const paragraphs = [
    `${y}年，${input.org.name}收入预算${amountText(all)}${change(all, priorIncome, y)}，其中：财政拨款收入${amountText(fiscal)}；` +
      `事业收入${amountText(own)}；事业单位经营收入${amountText(yuan(0))}；其他收入${amountText(yuan(0))}。`,
    `支出预算${amountText(all)}，其中：财政拨款支出预算${amountText(fiscal)}。财政拨款支出预算中，一般公共预算拨款支出预算` +
      `${amountText(general)}${change(general, priorGeneral, y)}；政府性基金拨款支出预算${amountText(bySource('GOV_FUND'))}；` +
      `国有资本经营预算拨款支出预算${amountText(bySource('STATE_CAPITAL'))}。`,
  ];
  const reason = reasonClause(firstReason(input, 'generalChange') || firstReason(input, 'totalChange'), '');
  if (reason !== '' && priorGeneral !== null) paragraphs.push(`财政拨款收入支出${general.gte(priorGeneral) ? '增加' : '减少'}的主要原因是${reason.slice(1)}。`);
  const items = sums.functionCodes.filter((c) => c.length === 7 && (sums.byFunction.get(c) ?? EMPTY_SLICE).total(FISCAL) !== 0n);
  if (items.length > 0) {
    paragraphs.push('财政拨款支出主要内容如下：');
    items.forEach((code, i) => {
      const amount = money(sums.byFunction.get(code)!.total(FISCAL));
      paragraphs.push(`${i + 1}. ${itemLabel(sums, code)}${amountText(amount)}，主要用于${purpose(sums, code)}。`);
    });
  }
  return { no: '一', title: `${y}年${t.scopeShort[input.scope]}预算编制说明`, text: paragraphs.join('\n') };
}

export function otherSection(input: DisclosureInput, sums: TableContext, phrases?: PhraseOverrides): NarrativeSection {
  const y = input.year;
  const prior = (key: keyof DisclosureInput['units'][number]['priorYear']['threePublic']) => knownSum(input.units.map((u) => u.priorYear.threePublic[key]));
  const abroad = threePublicOf(sums, 'abroad');
  const reception = threePublicOf(sums, 'reception');
  const purchase = threePublicOf(sums, 'vehiclePurchase');
  const operation = threePublicOf(sums, 'vehicleOperation');
  const vehicles = purchase.plus(operation);
  const total = abroad.plus(reception).plus(vehicles);
  const priorVehicles = plus(prior('vehiclePurchase'), prior('vehicleOperation'));
  const priorTotal = plus(plus(prior('abroad'), prior('reception')), priorVehicles);
  const operating = operatingCostOf(sums);
  const items = input.units.flatMap((u) => u.procurement);
  const of = (c: string) => sum(items.filter((i) => i.category === c).map((i) => i.amount));
  const assets = input.units.map((u) => u.assets);
  const count = (f: (a: (typeof assets)[number]) => number | null) => knownCount(assets.map(f));
  const vehicleCount = count((a) => knownCount(Object.values(a.vehicles)));
  const lines = [
    `一、${y}年“三公”经费预算情况说明`,
    `${y}年“三公”经费预算数为${amountText(total)}${change(total, priorTotal, y)}。其中：`,
    `（一）因公出国（境）费${amountText(abroad)}${change(abroad, prior('abroad'), y)}。`,
    `（二）公务用车购置及运行费${amountText(vehicles)}${change(vehicles, priorVehicles, y)}。其中：公务用车购置费` +
      `${amountText(purchase)}${change(purchase, prior('vehiclePurchase'), y)}；公务用车运行费${amountText(operation)}` +
      `${change(operation, prior('vehicleOperation'), y)}。`,
    `（三）公务接待费${amountText(reception)}${change(reception, prior('reception'), y)}。`,
    '二、机关运行经费预算',
    operating.isZero() ? `${y}年${input.org.name}无机关运行经费。` : `${y}年${input.org.name}财政拨款的机关运行经费预算为${amountText(operating)}。`,
    '三、政府采购预算情况',
    `${y}年度本${input.scope === 'UNIT' ? '单位' : '部门'}政府采购预算${amountText(sum(items.map((i) => i.amount)))}，其中：` +
      `政府采购货物预算${amountText(of('GOODS'))}、政府采购工程预算${amountText(of('WORKS'))}、政府采购服务预算${amountText(of('SERVICES'))}。`,
    '四、国有资产占有使用情况',
    phraseText('shanghai', phrases, 'sentence.assets', {
      date: dateText(assets[0]?.asOf ?? `${y - 1}-12-31`),
      org: input.org.name,
      vehicles: countText(vehicleCount, '辆'),
      equipment50: countText(
        count((a) => a.equipmentOver50),
        '台（套）',
      ),
      equipment100: countText(
        count((a) => a.equipmentOver100),
        '台（套）',
      ),
    }),
  ];
  return { no: '二', title: '其他相关情况说明', text: lines.join('\n') };
}

export function projectFundsSection(input: DisclosureInput, sums: TableContext): NarrativeSection {
  const projects = currentYearProjects(input);
  const lines = projects.map(({ project }, i) => {
    const amount = money((sums.byProjectCode.get(project.code) ?? EMPTY_SLICE).total({ timing: 'CURRENT' }));
    const goal = project.goalYear.trim() || project.overview.trim();
    return `${i + 1}. ${project.name}${amountText(amount)}${goal ? `，${goal.replace(/[。；;]+$/u, '')}` : ''}。`;
  });
  return {
    no: '三',
    title: '项目经费情况说明',
    text: lines.length > 0 ? lines.join('\n') : `${input.year}年${input.org.name}无项目经费。`,
  };
}

export function shanghaiNarrative(input: DisclosureInput, sums: TableContext, t: DisclosureTemplate, phrases?: PhraseOverrides): NarrativeSection[] {
  return [explanationSection(input, sums, t), otherSection(input, sums, phrases), projectFundsSection(input, sums)];
}
