// Data-level checks of the expenditure lines and the 政府采购 plan.
import { isPersonnel } from '../aggregate';
import { sum } from '../money';
import { econPairViolation, type EconMappingEntry } from '../catalog/econ-pairs';
import {
  UNIT_KIND_LABELS,
  type CatalogEntry,
  type CheckResult,
  type DisclosureInput,
  type ExpenditureLine,
  type ProcurementCategory,
  type Project,
  type UnitBudget,
} from '../types';
import { failure, figure, mismatch, outcome, rule, type Rule } from './check-result';

export const LINE_PROJECT_LINK = rule('LINE_PROJECT_LINK', '项目支出关联项目、基本支出不关联项目');
export const LINE_FUNCTION_CODE = rule('LINE_FUNCTION_CODE', '功能科目为本年目录中的项级科目');
export const LINE_ECON_CODE = rule('LINE_ECON_CODE', '经济科目为本年目录中的款级科目');
export const ECON_PAIR_CLASS = rule('ECON_PAIR_CLASS', '部门经济科目与政府经济科目按对照表对应', 'WARNING');
export const CARRYOVER_LINE_PROJECT = rule('CARRYOVER_LINE_PROJECT', '上年结转只安排以前年度项目', 'WARNING');
export const PROCUREMENT_TOTAL = rule('PROCUREMENT_TOTAL', '政府采购总额等于货物、工程、服务之和');
export const PROCUREMENT_ITEM_CODE = rule('PROCUREMENT_ITEM_CODE', '政府采购品目编码与类别一致', 'WARNING');

type LineRule = (line: ExpenditureLine, unit: UnitBudget, input: DisclosureInput) => string | null;

/** The codes of a catalogue as a set, built once per catalogue array (a city checks 10^5 lines against it). */
const codeSets = new WeakMap<readonly CatalogEntry[], Set<string>>();
function inCatalog(entries: readonly CatalogEntry[], code: string): boolean {
  let codes = codeSets.get(entries);
  if (!codes) {
    codes = new Set(entries.map((e) => e.code));
    codeSets.set(entries, codes);
  }
  return codes.has(code);
}

/** The project codes of a unit as a set, built once per projects array. */
const projectSets = new WeakMap<readonly { code: string }[], Set<string>>();
function hasProject(unit: UnitBudget, code: string): boolean {
  let codes = projectSets.get(unit.projects);
  if (!codes) {
    codes = new Set(unit.projects.map((p) => p.code));
    projectSets.set(unit.projects, codes);
  }
  return codes.has(code);
}

/** A unit's first project of each code (as a search from the top finds it), built once per projects array. */
const projectMaps = new WeakMap<readonly Project[], Map<string, Project>>();
function projectOf(unit: UnitBudget, code: string): Project | undefined {
  let byCode = projectMaps.get(unit.projects);
  if (!byCode) {
    byCode = new Map();
    for (const p of unit.projects) if (!byCode.has(p.code)) byCode.set(p.code, p);
    projectMaps.set(unit.projects, byCode);
  }
  return byCode.get(code);
}

/**
 * How a message names a line: by its number in the unit's list as the entry grid shows it (第N行), never by its
 * internal key; in a document of several units, with the unit's name.
 */
export function lineLabel(input: DisclosureInput, unit: UnitBudget, index: number): string {
  return `${input.units.length > 1 ? unit.unit.name : ''}支出明细第${index + 1}行`;
}

/** Runs several per-line rules in one pass over the lines: each rule's failures, or its one passing result. */
function perLine(input: DisclosureInput, rules: [Rule, LineRule][]): CheckResult[] {
  const failures: CheckResult[][] = rules.map(() => []);
  const several = input.units.length > 1;
  for (const unit of input.units) {
    const lines = unit.lines;
    // lineLabel's text up to the line number, written once per unit.
    const labelHead = `${several ? unit.unit.name : ''}支出明细第`;
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n];
      for (let i = 0; i < rules.length; i++) {
        const problem = rules[i][1](line, unit, input);
        if (problem !== null) failures[i].push(failure(rules[i][0], `${labelHead}${n + 1}行${problem.trimStart()}`, [], { lineIds: [line.id] }));
      }
    }
  }
  return rules.flatMap(([r], i) => outcome(r, failures[i]));
}

const projectLink: LineRule = (l, unit) => {
  if (l.kind === 'PROJECT' && !l.projectCode) return ' 为项目支出，但未关联项目';
  if (l.kind === 'BASIC' && l.projectCode) return ` 为基本支出，却关联了项目 ${l.projectCode}`;
  if (l.projectCode && !hasProject(unit, l.projectCode)) {
    return ` 关联的项目 ${l.projectCode} 不在${unit.unit.name}的项目库中`;
  }
  return null;
};

const functionCode: LineRule = (l, _u, input) => {
  if (!/^\d{7}$/.test(l.functionCode)) return ` 的功能科目 ${l.functionCode} 不是项级科目（应为7位编码）`;
  if (!inCatalog(input.catalogs.functions, l.functionCode)) {
    return ` 的功能科目 ${l.functionCode} 不在${input.year}年支出功能分类科目中`;
  }
  return null;
};

const econCode: LineRule = (l, _u, input) => {
  const problems = [
    ['部门经济科目', l.deptEconCode, input.catalogs.deptEconomic, '部门预算支出经济分类'],
    ['政府经济科目', l.govEconCode, input.catalogs.govEconomic, '政府预算支出经济分类'],
  ] as const;
  for (const [what, code, catalog, catalogName] of problems) {
    if (!/^\d{5}$/.test(code)) return ` 的${what} ${code} 不是款级科目（应为5位编码）`;
    if (!inCatalog(catalog, code)) return ` 的${what} ${code} 不在${input.year}年${catalogName}中`;
  }
  return null;
};

const NO_MAPPING: readonly EconMappingEntry[] = [];

const econPair: LineRule = (l, unit, input) => {
  const violation = econPairViolation(l.deptEconCode, l.govEconCode, unit.unit.kind, input.catalogs.econMapping ?? NO_MAPPING);
  if (!violation) return null;
  const name = (code: string, entries: readonly CatalogEntry[]) => entries.find((e) => e.code === code)?.name ?? '';
  const kind = l.kind === 'BASIC' ? (isPersonnel(l) ? '（人员经费）' : '（公用经费）') : '';
  const dept = `${l.deptEconCode} ${name(l.deptEconCode, input.catalogs.deptEconomic)}${kind}`;
  const allowed = violation.by === 'mapping' ? violation.allowed.join(' 或 ') : `${violation.allowed.join(' 或 ')} 开头的科目`;
  return `：部门经济科目 ${dept}对应了政府经济科目 ${l.govEconCode} ${name(l.govEconCode, input.catalogs.govEconomic)}，按${input.year}年经济科目对照表${UNIT_KIND_LABELS[unit.unit.kind]}应使用 ${allowed}`;
};

const carryoverProject: LineRule = (l, unit, input) => {
  if (l.timing !== 'CARRYOVER') return null;
  if (l.kind === 'BASIC') return ' 为上年结转的基本支出，上年结转应安排在项目中';
  const project = l.projectCode === null ? undefined : projectOf(unit, l.projectCode);
  if (project && project.originYear >= input.year) {
    return ` 为上年结转，但项目 ${project.code} ${project.name} 是${project.originYear}年设立的项目`;
  }
  return null;
};

type Field = (l: ExpenditureLine, unit: UnitBudget) => string;
type VerdictTree = Map<string, VerdictTree | string | null>;

/**
 * A rule whose verdict depends only on the given fields of the line and its unit (codes, kinds), computed once per
 * distinct combination (a city repeats them). The verdicts sit in maps nested field by field, so no key string is
 * built and hashed per line.
 */
function byFields(test: LineRule, ...fields: [...Field[], Field]): LineRule {
  const root: VerdictTree = new Map();
  const last = fields.length - 1;
  return (l, unit, input) => {
    let node = root;
    for (let i = 0; i < last; i++) {
      const k = fields[i](l, unit);
      let next = node.get(k) as VerdictTree | undefined;
      if (next === undefined) node.set(k, (next = new Map()));
      node = next;
    }
    const k = fields[last](l, unit);
    let verdict = node.get(k) as string | null | undefined;
    if (verdict === undefined) {
      verdict = test(l, unit, input);
      node.set(k, verdict);
    }
    return verdict;
  };
}

const functionField: Field = (l) => l.functionCode;
const deptField: Field = (l) => l.deptEconCode;
const govField: Field = (l) => l.govEconCode;
const kindField: Field = (l) => l.kind;
const unitKindField: Field = (_l, unit) => unit.unit.kind;

export function lineRules(input: DisclosureInput): CheckResult[] {
  return perLine(input, [
    [LINE_PROJECT_LINK, projectLink],
    [LINE_FUNCTION_CODE, byFields(functionCode, functionField)],
    [LINE_ECON_CODE, byFields(econCode, deptField, govField)],
    // The verdict and its text depend only on the codes, the line kind and the unit kind (the catalogues and year are the input's).
    [ECON_PAIR_CLASS, byFields(econPair, unitKindField, kindField, deptField, govField)],
    [CARRYOVER_LINE_PROJECT, carryoverProject],
  ]);
}

const CATEGORY_LABELS: Record<ProcurementCategory, string> = { GOODS: '货物', WORKS: '工程', SERVICES: '服务' };
const CATEGORY_CODE_PREFIX: Record<ProcurementCategory, string> = { GOODS: 'A', WORKS: 'B', SERVICES: 'C' };

export function procurementRules(input: DisclosureInput): CheckResult[] {
  const items = input.units.flatMap((u) => u.procurement);
  const categories = Object.keys(CATEGORY_LABELS) as ProcurementCategory[];
  const inCategory = items.filter((i) => categories.includes(i.category));
  const stray = items.filter((i) => !categories.includes(i.category)).map((i) => i.id);
  const total = figure('政府采购预算总额', '政府采购明细 全部项目', sum(items.map((i) => i.amount)));
  const parts = figure('货物、工程、服务预算之和', '政府采购明细 按类别', sum(inCategory.map((i) => i.amount)));
  const totalCheck = mismatch(PROCUREMENT_TOTAL, total, parts, { fields: stray.map((id) => `procurement.${id}`) });
  if (totalCheck && stray.length > 0) totalCheck.message += `；未归入货物、工程、服务的采购项目：${stray.join('、')}`;
  const codeFailures = inCategory.map((i) => {
    const prefix = CATEGORY_CODE_PREFIX[i.category];
    if (i.catalogCode.startsWith(prefix)) return null;
    const label = CATEGORY_LABELS[i.category];
    const message = `政府采购项目 ${i.id} ${i.name} 的品目编码 ${i.catalogCode} 与类别“${label}”不符（${label}类编码以${prefix}开头）`;
    return failure(PROCUREMENT_ITEM_CODE, message, [], { fields: [`procurement.${i.id}`] });
  });
  return [...outcome(PROCUREMENT_TOTAL, [totalCheck]), ...outcome(PROCUREMENT_ITEM_CODE, codeFailures)];
}
