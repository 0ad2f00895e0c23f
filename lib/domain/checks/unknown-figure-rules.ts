// Unknown is not zero: a prior-year figure the narrative compares against, a staffing number or an
// asset count that nobody entered is asked for, and a 沿用上年 copy the user has not reviewed is flagged.
import { REASON_LABELS } from '../entry-labels';
import { OPERATING_COST_KINDS } from '../narrative/figures';
import {
  VEHICLE_KIND_LABELS,
  type CarriedOverItem,
  type CheckResult,
  type DisclosureInput,
  type NarrativeReasons,
  type PriorYearFigures,
  type UnitBudget,
  type VehicleKind,
} from '../types';
import { STAFFING_LABELS } from '../unknown-figures';
import { failure, outcome, rule } from './check-result';

export const PRIOR_YEAR_MISSING = rule('PRIOR_YEAR_MISSING', '上年对比数须填写', 'WARNING');
export const PROFILE_FIGURE_MISSING = rule('PROFILE_FIGURE_MISSING', '人员编制数须填写', 'WARNING');
export const ASSET_FIGURE_MISSING = rule('ASSET_FIGURE_MISSING', '国有资产数须填写', 'WARNING');
export const CARRIED_OVER_UNREVIEWED = rule('CARRIED_OVER_UNREVIEWED', '沿用上年的内容须核对', 'WARNING');

type PriorField = keyof Omit<PriorYearFigures, 'threePublic'> | keyof PriorYearFigures['threePublic'];

/** The prior-year figures the narrative compares against, in the order it prints them: field, what, form field. */
const PRIOR_FIELDS: [PriorField, string, (p: PriorYearFigures) => string | null][] = [
  ['totalIncome', '预算收入总计', (p) => p.totalIncome],
  ['totalExpenditure', '预算支出总计', (p) => p.totalExpenditure],
  ['generalCurrentExpenditure', '一般公共预算当年支出', (p) => p.generalCurrentExpenditure],
  ['abroad', '因公出国（境）费', (p) => p.threePublic.abroad],
  ['reception', '公务接待费', (p) => p.threePublic.reception],
  ['vehiclePurchase', '公务用车购置费', (p) => p.threePublic.vehiclePurchase],
  ['vehicleOperation', '公务用车运行维护费', (p) => p.threePublic.vehicleOperation],
  ['operatingCost', '机关运行经费', (p) => p.operatingCost],
];

const unitName = (input: DisclosureInput, u: UnitBudget) => (input.units.length > 1 ? `${u.unit.name} ` : '');

export function priorYearMissing(input: DisclosureInput): CheckResult[] {
  const prior = input.year - 1;
  const failures = input.units.flatMap((u) =>
    PRIOR_FIELDS.filter(([field, , pick]) => pick(u.priorYear) === null && (field !== 'operatingCost' || OPERATING_COST_KINDS.includes(u.unit.kind))).map(
      ([field, what]) =>
        failure(PRIOR_YEAR_MISSING, `${unitName(input, u)}请填写${prior}年${what}预算数（未填时情况说明不作与上年的比较）`, [], {
          fields: [`priorYear.${field}`],
        }),
    ),
  );
  return outcome(PRIOR_YEAR_MISSING, failures);
}

export function profileFigureMissing(input: DisclosureInput): CheckResult[] {
  const failures = input.units.flatMap((u) =>
    STAFFING_LABELS.filter(([key]) => u.unit.staffing[key] === null).map(([key, label]) =>
      failure(PROFILE_FIGURE_MISSING, `${unitName(input, u)}请填写${label}（单位概况中显示为“未填”）`, [], { fields: [key] }),
    ),
  );
  return outcome(PROFILE_FIGURE_MISSING, failures);
}

export function assetFigureMissing(input: DisclosureInput): CheckResult[] {
  const failures = input.units.flatMap((u) => {
    const a = u.assets;
    const missing: [string, string][] = [
      ...(a.vehicleQuota === null ? [['vehicleQuota', '公务用车编制数'] as [string, string]] : []),
      ...(Object.keys(VEHICLE_KIND_LABELS) as VehicleKind[])
        .filter((k) => a.vehicles[k] === null)
        .map((k): [string, string] => [`v-${k}`, `实有${VEHICLE_KIND_LABELS[k]}数`]),
      ...(a.officeArea === null ? [['officeArea', '办公用房建筑总面积'] as [string, string]] : []),
      ...(a.equipmentOver50 === null ? [['equipmentOver50', '单价50万元以上通用设备台（套）数'] as [string, string]] : []),
      ...(a.equipmentOver100 === null ? [['equipmentOver100', '单价100万元以上专用设备台（套）数'] as [string, string]] : []),
    ];
    return missing.map(([field, label]) =>
      failure(ASSET_FIGURE_MISSING, `${unitName(input, u)}请填写${label}（国有资产占有使用情况）`, [], { fields: [field] }),
    );
  });
  return outcome(ASSET_FIGURE_MISSING, failures);
}

function carriedLabel(item: CarriedOverItem): string {
  if (item === 'profile') return '单位概况（本单位职责、机构设置情况）';
  if (item === 'assets') return '国有资产占有使用情况';
  if (item.startsWith('reasons.')) return `情况说明 ${REASON_LABELS[item.slice('reasons.'.length) as keyof NarrativeReasons] ?? item}`;
  return `项目 ${item.slice('project.'.length)} 的文字说明`;
}

export function carriedOverUnreviewed(input: DisclosureInput): CheckResult[] {
  const failures = input.units.flatMap((u) =>
    u.carriedOver.map((item) =>
      failure(CARRIED_OVER_UNREVIEWED, `${unitName(input, u)}${carriedLabel(item)}沿用上年，请核对后保存`, [], {
        fields: [item],
        ...(item.startsWith('project.') ? { projectCodes: [item.slice('project.'.length)] } : {}),
      }),
    ),
  );
  return outcome(CARRIED_OVER_UNREVIEWED, failures);
}

export function unknownFigureRules(input: DisclosureInput): CheckResult[] {
  return [...priorYearMissing(input), ...profileFigureMissing(input), ...assetFigureMissing(input), ...carriedOverUnreviewed(input)];
}
