import { percent, sum, type MoneyValue } from '../money';
import { plainCentsSum, type Cents } from '../tables/cents';
import { countText, dateText, knownCount, knownSum } from '../unknown-figures';
import type { SliceFilter } from '../tables/slice';
import { currentYearProjects } from '../projects';
import { VEHICLE_KIND_LABELS, type NarrativeSection, type ProcurementCategory, type VehicleKind } from '../types';
import { money } from './figures';
import { amountText } from './phrases';
import type { NarrativeContext } from './sections-budget';

function procurementTotals(ctx: NarrativeContext): Record<ProcurementCategory | 'TOTAL', MoneyValue> {
  const items = ctx.input.units.flatMap((u) => u.procurement);
  // Plain 元 amounts add up exactly in 分 (a city has thousands of items); anything else takes the decimal path.
  const total = (amounts: string[]) => {
    const cents = plainCentsSum(amounts);
    return cents === null ? sum(amounts) : money(cents);
  };
  const of = (c: ProcurementCategory) => total(items.filter((i) => i.category === c).map((i) => i.amount));
  return { TOTAL: total(items.map((i) => i.amount)), GOODS: of('GOODS'), WORKS: of('WORKS'), SERVICES: of('SERVICES') };
}

/** 九 政府采购情况 */
export function procurementSection(ctx: NarrativeContext): NarrativeSection {
  const t = procurementTotals(ctx);
  const parts = [`政府采购货物预算${amountText(t.GOODS)}`, `政府采购工程预算${amountText(t.WORKS)}`, `政府采购服务预算${amountText(t.SERVICES)}`];
  const text = `${ctx.input.year}年${ctx.input.org.name}政府采购预算总额${amountText(t.TOTAL)}。其中：${parts.join('、')}。` + reserveText(ctx);
  return { no: '九', title: '政府采购情况', text };
}

/** "其中，拟面向中小企业预留…万元，其中面向小微企业预留…万元。"; '' while the 中小企业 amount is 未填. */
function reserveText(ctx: NarrativeContext): string {
  const reserves = ctx.input.units.map((u) => u.procurementReserve);
  const sme = knownSum(reserves.map((r) => r.sme));
  if (sme === null) return '';
  const smallMicro = knownSum(reserves.map((r) => r.smallMicro));
  const small = smallMicro === null ? '' : `，其中面向小微企业预留${amountText(smallMicro)}`;
  return `其中，拟面向中小企业预留${amountText(sme)}${small}。`;
}

const CATEGORY_ORDER = ['公共运转类', '其他运转类', '特定目标类'];
const categoryRank = (c: string) => (CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length);

interface ProjectAmount {
  category: string;
  cents: Cents;
}

const centsSum = (items: readonly ProjectAmount[]) => items.reduce((total, i) => total + i.cents, 0n);

function byCategory(items: ProjectAmount[], amountLabel: string): string {
  const categories = [...new Set(items.map((i) => i.category))].sort((a, b) => categoryRank(a) - categoryRank(b));
  return categories
    .map((c) => {
      const inCategory = items.filter((i) => i.category === c);
      return `${c}项目${inCategory.length}个，${amountLabel}${amountText(money(centsSum(inCategory)))}`;
    })
    .join('；');
}

/** 十 绩效管理情况 */
const CURRENT_PROJECT: SliceFilter = { kind: 'PROJECT', timing: 'CURRENT' };

export function performanceSection(ctx: NarrativeContext): NarrativeSection {
  const { input, sums } = ctx;
  // Exact 分 per project, added up in BigInt: a city has thousands of projects.
  const managed = currentYearProjects(input).map(({ project }) => ({
    category: project.category,
    cents: sums.byProjectCode.get(project.code)?.total(CURRENT_PROJECT) ?? 0n,
    published: project.indicatorsPeriod.length + project.indicatorsYear.length > 0,
  }));
  const published = managed.filter((p) => p.published);
  const managedTotal = money(centsSum(managed));
  const publishedTotal = money(centsSum(published));
  const projectSpending = ctx.total(CURRENT_PROJECT);
  const detail = (items: ProjectAmount[], label: string) => (items.length > 0 ? `其中：${byCategory(items, label)}。` : '');
  const text = [
    '1、整体绩效目标',
    `${input.year}年，${input.org.name}纳入绩效目标的项目共${managed.length}个，涉及资金${amountText(managedTotal)}。`,
    '2、项目绩效目标',
    `${input.year}年${input.org.name}纳入绩效目标管理的二级项目${managed.length}个，` +
      `共计金额${amountText(managedTotal)}。` +
      detail(managed, '涉及金额') +
      `公开项目绩效目标${published.length}个，涉及项目金额${amountText(publishedTotal)}，` +
      `占部门（单位）项目支出总额的${percent(publishedTotal, projectSpending)}。` +
      detail(published, '涉及项目金额'),
    '（项目绩效目标表公开情况见附件）',
  ].join('\n');
  return { no: '十', title: '绩效管理情况', text };
}

/** 十一 国有资产占有使用情况; a figure nobody entered prints （未填）, never 0. */
export function assetsSection(ctx: NarrativeContext): NarrativeSection {
  const { input } = ctx;
  const assets = input.units.map((u) => u.assets);
  const count = (f: (a: (typeof assets)[number]) => number | null) => knownCount(assets.map(f));
  const kinds = Object.keys(VEHICLE_KIND_LABELS) as VehicleKind[];
  const actual = knownCount(kinds.map((k) => count((a) => a.vehicles[k])));
  const byKind = kinds
    .map(
      (k) =>
        `${VEHICLE_KIND_LABELS[k]}${countText(
          count((a) => a.vehicles[k]),
          '辆',
        )}`,
    )
    .join('，');
  const area = knownSum(assets.map((a) => a.officeArea));
  const asOf = `截至${dateText(assets[0]?.asOf ?? `${input.year - 1}-12-31`)}`;
  const name = input.org.name;
  const text = [
    '1、车辆情况：',
    `${asOf}，${name}共有公务用车编制${countText(
      count((a) => a.vehicleQuota),
      '辆',
    )}，实有${countText(actual, '辆')}，其中：${byKind}。` + plannedPurchaseText(ctx),
    '2、房屋情况：',
    `${asOf}，${name}使用的办公用房建筑总面积${countText(area?.toString() ?? null, '平方米')}。`,
    '3、其他国有资产占有使用情况：',
    `${asOf}，${name}占有使用价值50万元（原值）以上的通用设备${countText(
      count((a) => a.equipmentOver50),
      '台（套）',
    )}；` +
      `${name}占有使用价值100万元（原值）以上的通用设备${countText(
        count((a) => a.equipmentOver100),
        '台（套）',
      )}。`,
  ].join('\n');
  return { no: '十一', title: '国有资产占有使用情况', text };
}

/** "2026年计划购置公务用车5辆，其中：执法执勤用车5辆。"; '' when no purchase is planned. */
function plannedPurchaseText(ctx: NarrativeContext): string {
  const kinds = Object.keys(VEHICLE_KIND_LABELS) as VehicleKind[];
  const planned = kinds.map((k) => ({ k, n: ctx.input.units.reduce((n, u) => n + (u.assets.plannedPurchases[k] ?? 0), 0) })).filter((p) => p.n > 0);
  if (planned.length === 0) return '';
  const total = planned.reduce((n, p) => n + p.n, 0);
  return `${ctx.input.year}年计划购置公务用车${total}辆，其中：${planned.map((p) => `${VEHICLE_KIND_LABELS[p.k]}${p.n}辆`).join('，')}。`;
}

/** 十二 其他说明 */
export function otherSection(ctx: NarrativeContext): NarrativeSection {
  const { input } = ctx;
  const t = procurementTotals(ctx);
  const works = t.WORKS.isZero() ? '' : `，政府采购工程预算${amountText(t.WORKS)}`;
  const note = (key: 'procurementNote' | 'otherNote') =>
    input.units
      .map((u) => u.reasons[key].trim())
      .filter((r) => r !== '')
      .join('');
  const text = [
    '（一）政府购买服务指导性目录',
    `${input.year}年${input.org.name}政府采购预算总额${amountText(t.TOTAL)}，` +
      `其中：政府采购货物预算${amountText(t.GOODS)}${works}，政府采购服务预算${amountText(t.SERVICES)}。` +
      note('procurementNote'),
    '（二）其他',
    note('otherNote') || '无。',
  ].join('\n');
  return { no: '十二', title: '其他说明', text };
}
