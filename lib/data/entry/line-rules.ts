import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { FundSource, FundTiming, SpendingKind } from '../../domain/types';
import { FUND_SOURCE_LABELS, UNIT_KIND_LABELS, type UnitKind } from '../../domain/types';
import { econPairViolation, type EconMappingEntry } from '../../domain/catalog/econ-pairs';
import { LINE_COLUMNS, type LineColumn } from '../../domain/entry-labels';
import { AMOUNT_RULE, normaliseAmount } from './field-rules';
import type { Tx } from './edit-guard';
import { loadYearCatalogs } from '../budget/load-disclosure-input';

/** One expenditure line as the grid and the Excel import send it. */
export interface LineInput {
  key: string; // ExpenditureLine.lineKey, stable within the budget
  functionCode: string;
  kind: SpendingKind;
  projectCode: string | null;
  deptEconCode: string;
  govEconCode: string;
  source: FundSource;
  timing: FundTiming;
  amount: string;
  sortOrder?: number;
  /** The line's number as the grid shows it (第N行), only to name it in messages; never stored. */
  rowNo?: number;
}

/** How a message names a line: by the number the user sees (第N行), by its key only when no number came with it. */
export function lineName(line: Pick<LineInput, 'key' | 'rowNo'>): string {
  return Number.isInteger(line.rowNo) && line.rowNo! > 0 ? `支出明细第${line.rowNo}行` : `支出明细 ${line.key}`;
}

export interface YearCodes {
  year: number;
  functions: Map<string, string>; // 项 code → name
  deptEcon: Map<string, string>; // 款 code → name
  govEcon: Map<string, string>;
  /** The year's 部门经济科目 → 政府经济科目 mapping (行政/参公 and 事业单位 columns). */
  econMapping: EconMappingEntry[];
  /** The unit's kind; with it, each line's economic pair is checked against econMapping. */
  unitKind?: string | null;
}

export async function loadYearCodes(db: PrismaClient | Tx, year: number, unitKind?: string | null): Promise<YearCodes> {
  // Sequential: `db` may be a transaction client, which runs one query at a time.
  const catalogs = await loadYearCatalogs(db, year);
  const { functions: f, deptEconomic: d, govEconomic: g } = catalogs;
  const at = (rows: { code: string; name: string }[], len: number) => new Map(rows.filter((r) => r.code.length === len).map((r) => [r.code, r.name]));
  const { econMapping = [] } = catalogs;
  return { year, functions: at(f, 7), deptEcon: at(d, 5), govEcon: at(g, 5), econMapping, unitKind };
}

export interface LineProblem {
  column: LineColumn;
  message: string;
}

const KINDS: SpendingKind[] = ['BASIC', 'PROJECT'];
const TIMINGS: FundTiming[] = ['CURRENT', 'CARRYOVER'];
const SOURCES = Object.keys(FUND_SOURCE_LABELS) as FundSource[];

/**
 * Every problem of one line against the year's catalogues and the budget's projects. `projectCodes` are the
 * projects that have a plan in this budget. The amount is normalised in place when valid.
 */
export function lineProblems(line: LineInput, codes: YearCodes, projectCodes: ReadonlySet<string>): LineProblem[] {
  const out: LineProblem[] = [];
  const add = (column: LineColumn, message: string) => out.push({ column, message });
  if (typeof line.key !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(line.key)) add('key', '行号须为1至40位字母、数字或 - _ .');
  const fc = String(line.functionCode ?? '').trim();
  if (!/^\d{7}$/.test(fc)) add('functionCode', `功能科目“${fc}”须为7位项级科目编码`);
  else if (!codes.functions.has(fc)) add('functionCode', `功能科目 ${fc} 不在${codes.year}年支出功能分类科目的项级科目中`);
  for (const [col, catalog, name] of [
    ['deptEconCode', codes.deptEcon, '部门预算支出经济分类'],
    ['govEconCode', codes.govEcon, '政府预算支出经济分类'],
  ] as const) {
    const code = String(line[col] ?? '').trim();
    if (!/^\d{5}$/.test(code)) add(col, `${LINE_COLUMNS[col]}“${code}”须为5位款级科目编码`);
    else if (!catalog.has(code)) add(col, `${LINE_COLUMNS[col]} ${code} 不在${codes.year}年${name}的款级科目中`);
  }
  if (!out.some((p) => p.column === 'deptEconCode' || p.column === 'govEconCode')) {
    const pair = econPairProblem(String(line.deptEconCode).trim(), String(line.govEconCode).trim(), codes);
    if (pair) add('govEconCode', pair);
  }
  if (!KINDS.includes(line.kind)) add('kind', '支出类型须为基本支出或项目支出');
  if (!SOURCES.includes(line.source)) add('source', '资金来源须为一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金或单位资金');
  if (!TIMINGS.includes(line.timing)) add('timing', '须为当年预算安排或上年结转');
  const project = line.projectCode?.trim() || null;
  if (line.kind === 'PROJECT' && !project) add('projectCode', '项目支出必须选择项目');
  if (line.kind === 'BASIC' && project) add('projectCode', `基本支出不能关联项目（当前为 ${project}）`);
  if (line.kind === 'PROJECT' && project && !projectCodes.has(project)) add('projectCode', `项目 ${project} 不在本预算的项目库中`);
  const amount = normaliseAmount(line.amount);
  if (amount === null) add('amount', `金额“${String(line.amount ?? '')}”${AMOUNT_RULE}`);
  return out;
}

/** The 部门/政府经济科目 pair against the year's mapping (else the 对照表's class rules) for the unit's kind; null when allowed or not judged. */
export function econPairProblem(dept: string, gov: string, codes: YearCodes): string | null {
  if (!codes.unitKind) return null;
  const violation = econPairViolation(dept, gov, codes.unitKind, codes.econMapping);
  if (!violation) return null;
  const kindText = UNIT_KIND_LABELS[codes.unitKind as UnitKind] ?? '本单位';
  const allowed = violation.by === 'mapping' ? violation.allowed.join(' 或 ') : `${violation.allowed.join(' 或 ')} 开头的科目`;
  return `部门经济科目 ${dept} 不能与政府经济科目 ${gov} 搭配：按${codes.year}年经济科目对照表，${kindText}只能使用政府经济科目 ${allowed}`;
}

/** The line with trimmed codes and a normalised amount; call only after lineProblems found nothing. */
export function cleanLine({ rowNo: _rowNo, ...line }: LineInput): LineInput {
  return {
    ...line,
    functionCode: line.functionCode.trim(),
    deptEconCode: line.deptEconCode.trim(),
    govEconCode: line.govEconCode.trim(),
    projectCode: line.kind === 'PROJECT' ? line.projectCode!.trim() : null,
    amount: normaliseAmount(line.amount)!,
  };
}
