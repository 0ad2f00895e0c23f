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
import { failure, figure, mismatch, outcome, rule } from './check-result';

export const LINE_PROJECT_LINK = rule('LINE_PROJECT_LINK', '项目支出关联项目、基本支出不关联项目');
export const LINE_FUNCTION_CODE = rule('LINE_FUNCTION_CODE', '功能科目为本年目录中的项级科目');
export const LINE_ECON_CODE = rule('LINE_ECON_CODE', '经济科目为本年目录中的款级科目');
export const ECON_PAIR_CLASS = rule('ECON_PAIR_CLASS', '部门经济科目与政府经济科目按对照表对应', 'WARNING');
export const CARRYOVER_LINE_PROJECT = rule('CARRYOVER_LINE_PROJECT', '上年结转只安排以前年度项目', 'WARNING');
export const PROCUREMENT_TOTAL = rule('PROCUREMENT_TOTAL', '政府采购总额等于货物、工程、服务之和');
export const PROCUREMENT_ITEM_CODE = rule('PROCUREMENT_ITEM_CODE', '政府采购品目编码与类别一致', 'WARNING');

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

/**
 * How a message names a line: by its number in the unit's list as the entry grid shows it (第N行), never by its
 * internal key; in a document of several units, with the unit's name.
 */
export function lineLabel(input: DisclosureInput, unit: UnitBudget, index: number): string {
  return `${input.units.length > 1 ? unit.unit.name : ''}支出明细第${index + 1}行`;
}

function projectLinkProblem(l: ExpenditureLine, unit: UnitBudget, codes: ReadonlySet<string>): string | null {
  if (l.kind === 'PROJECT' && !l.projectCode) return ' 为项目支出，但未关联项目';
  if (l.kind === 'BASIC' && l.projectCode) return ` 为基本支出，却关联了项目 ${l.projectCode}`;
  if (l.projectCode && !codes.has(l.projectCode)) return ` 关联的项目 ${l.projectCode} 不在${unit.unit.name}的项目库中`;
  return null;
}

function functionCodeProblem(l: ExpenditureLine, input: DisclosureInput): string | null {
  if (!/^\d{7}$/.test(l.functionCode)) return ` 的功能科目 ${l.functionCode} 不是项级科目（应为7位编码）`;
  if (!inCatalog(input.catalogs.functions, l.functionCode)) {
    return ` 的功能科目 ${l.functionCode} 不在${input.year}年支出功能分类科目中`;
  }
  return null;
}

function econCodeProblem(l: ExpenditureLine, input: DisclosureInput): string | null {
  const problems = [
    ['部门经济科目', l.deptEconCode, input.catalogs.deptEconomic, '部门预算支出经济分类'],
    ['政府经济科目', l.govEconCode, input.catalogs.govEconomic, '政府预算支出经济分类'],
  ] as const;
  for (const [what, code, catalog, catalogName] of problems) {
    if (!/^\d{5}$/.test(code)) return ` 的${what} ${code} 不是款级科目（应为5位编码）`;
    if (!inCatalog(catalog, code)) return ` 的${what} ${code} 不在${input.year}年${catalogName}中`;
  }
  return null;
}

const NO_MAPPING: readonly EconMappingEntry[] = [];

function econPairProblem(l: ExpenditureLine, unit: UnitBudget, input: DisclosureInput): string | null {
  const violation = econPairViolation(l.deptEconCode, l.govEconCode, unit.unit.kind, input.catalogs.econMapping ?? NO_MAPPING);
  if (!violation) return null;
  const name = (code: string, entries: readonly CatalogEntry[]) => entries.find((e) => e.code === code)?.name ?? '';
  const kind = l.kind === 'BASIC' ? (isPersonnel(l) ? '（人员经费）' : '（公用经费）') : '';
  const dept = `${l.deptEconCode} ${name(l.deptEconCode, input.catalogs.deptEconomic)}${kind}`;
  const allowed = violation.by === 'mapping' ? violation.allowed.join(' 或 ') : `${violation.allowed.join(' 或 ')} 开头的科目`;
  return `：部门经济科目 ${dept}对应了政府经济科目 ${l.govEconCode} ${name(l.govEconCode, input.catalogs.govEconomic)}，按${input.year}年经济科目对照表${UNIT_KIND_LABELS[unit.unit.kind]}应使用 ${allowed}`;
}

function carryoverProblem(l: ExpenditureLine, projects: ReadonlyMap<string, Project>, year: number): string | null {
  if (l.timing !== 'CARRYOVER') return null;
  if (l.kind === 'BASIC') return ' 为上年结转的基本支出，上年结转应安排在项目中';
  const project = l.projectCode === null ? undefined : projects.get(l.projectCode);
  if (project && project.originYear >= year) return ` 为上年结转，但项目 ${project.code} ${project.name} 是${project.originYear}年设立的项目`;
  return null;
}

/** The verdicts of one (部门经济科目, 政府经济科目) pair: the code rule's, and the pair rule's by unit kind and line kind. */
interface EconVerdicts {
  codes: string | null;
  /** By pairSlot; undefined until asked. */
  pairs: (string | null | undefined)[];
}

const LINE_RULES = [LINE_PROJECT_LINK, LINE_FUNCTION_CODE, LINE_ECON_CODE, ECON_PAIR_CLASS, CARRYOVER_LINE_PROJECT] as const;

/**
 * The per-line rules in one pass over the lines. The code rules' verdicts depend only on the codes (the
 * catalogues and the year are the input's), the pair rule's also on the unit kind and the line kind: each is worked
 * out once per distinct key (a city repeats them over 10^5 lines), and a message is written only for a failure.
 */
export function lineRules(input: DisclosureInput): CheckResult[] {
  const failures: CheckResult[][] = LINE_RULES.map(() => []);
  const functionVerdicts = new Map<string, string | null>();
  const econVerdicts = new Map<string, Map<string, EconVerdicts>>();
  const pairSlots = new Map<string, number>(); // "unit kind|line kind" → index into EconVerdicts.pairs
  const pairSlot = (unitKind: string, lineKind: string) => {
    const key = `${unitKind}|${lineKind}`;
    let slot = pairSlots.get(key);
    if (slot === undefined) pairSlots.set(key, (slot = pairSlots.size));
    return slot;
  };
  const fail = (i: number, unit: UnitBudget, n: number, problem: string, line: ExpenditureLine) => {
    failures[i].push(failure(LINE_RULES[i], `${lineLabel(input, unit, n)}${problem.trimStart()}`, [], { lineIds: [line.id] }));
  };
  for (const unit of input.units) {
    const projectCodes = new Set(unit.projects.map((p) => p.code));
    // The first project of each code, as a search from the top finds it.
    const projects = new Map<string, Project>();
    for (const p of unit.projects) if (!projects.has(p.code)) projects.set(p.code, p);
    const basicSlot = pairSlot(unit.unit.kind, 'BASIC');
    const projectSlot = pairSlot(unit.unit.kind, 'PROJECT');
    const lines = unit.lines;
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n];
      const link = projectLinkProblem(line, unit, projectCodes);
      if (link !== null) fail(0, unit, n, link, line);

      let functionVerdict = functionVerdicts.get(line.functionCode);
      if (functionVerdict === undefined) functionVerdicts.set(line.functionCode, (functionVerdict = functionCodeProblem(line, input)));
      if (functionVerdict !== null) fail(1, unit, n, functionVerdict, line);

      let byGov = econVerdicts.get(line.deptEconCode);
      if (!byGov) econVerdicts.set(line.deptEconCode, (byGov = new Map()));
      let econ = byGov.get(line.govEconCode);
      if (!econ) byGov.set(line.govEconCode, (econ = { codes: econCodeProblem(line, input), pairs: [] }));
      if (econ.codes !== null) fail(2, unit, n, econ.codes, line);
      const slot = line.kind === 'BASIC' ? basicSlot : line.kind === 'PROJECT' ? projectSlot : pairSlot(unit.unit.kind, line.kind);
      let pair = econ.pairs[slot];
      if (pair === undefined) econ.pairs[slot] = pair = econPairProblem(line, unit, input);
      if (pair !== null) fail(3, unit, n, pair, line);

      const carryover = carryoverProblem(line, projects, input.year);
      if (carryover !== null) fail(4, unit, n, carryover, line);
    }
  }
  // Each rule's failures, or its one passing result; copied element by element (a defective city has 10^4 failures).
  const results: CheckResult[] = [];
  LINE_RULES.forEach((r, i) => {
    for (const found of failures[i].length > 0 ? failures[i] : outcome(r, [])) results.push(found);
  });
  return results;
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
