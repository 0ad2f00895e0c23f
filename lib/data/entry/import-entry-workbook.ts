import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { conflict, invalid, tooLarge } from '../../errors/app-error';
import type { ProjectFundingLevel } from '../../domain/types';
import { PROJECT_FUNDING_LEVEL_LABELS } from '../../domain/types';
import { readEntryWorkbook, type ParsedWorkbook, type RowError } from '../../excel/read-entry-workbook';
import { LINES_OVER_LIMIT, PROJECT_HEADERS, PROJECT_TEXT_FIELDS, SHEETS } from '../../excel/entry-layout';
import { loadUnitBudget } from '../internal/load-unit-budget';
import { actorOf, CONFLICT_MESSAGE, findEditableBudget, runBudgetEdit, type EditableBudget, type Tx } from './edit-guard';
import { lineOfStored, planImport, projectOfStored, summariseImport, type BudgetContent, type ImportMode, type ImportSummary } from './import-plan';
import { parseOrThrow, versionSchema } from './field-rules';
import { cleanLine, lineProblems, loadYearCodes, type LineInput, type YearCodes } from './line-rules';
import { LINE_COLUMNS, type LineColumn } from '../../domain/entry-labels';
import { indicatorSchema, projectSchema, writeProjectPlan, type ProjectInput } from './project-rules';
import { loadRetiredCodesOfBudget, retiredCodeProblems, type RetiredCodes } from './retired-code-rules';

const MAX_BYTES = 10 * 1024 * 1024;

const LINE_HEADER_OF: Record<LineColumn, string> = { ...LINE_COLUMNS, projectCode: '项目编码' };
const PROJECT_HEADER_OF: Record<string, string> = {
  code: '项目编码',
  name: '项目名称',
  originYear: '设立年度',
  category: '项目类别',
  attribute: '项目属性',
  period: '项目期',
  ...Object.fromEntries(PROJECT_TEXT_FIELDS),
};
const INDICATOR_HEADER_OF: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  comparator: '比较符',
  number: '数值',
  unit: '单位',
  text: '文字指标值',
  value: '数值',
};

function projectColumn(path: PropertyKey[]): string {
  const [field, level] = path.map(String);
  if (field === 'fundingPeriod' || field === 'fundingYear') {
    return `${field === 'fundingPeriod' ? '实施期' : '年度'}资金·${PROJECT_FUNDING_LEVEL_LABELS[level as ProjectFundingLevel] ?? ''}`;
  }
  return PROJECT_HEADER_OF[field] ?? PROJECT_HEADERS[0];
}

/** Every row-level problem of a parsed workbook against the year's catalogues, and the clean budget parts when there are none. */
export function validateParsedWorkbook(
  parsed: ParsedWorkbook,
  codes: YearCodes,
  takenProjectCodes: ReadonlySet<string>,
  keptProjectCodes: readonly string[] = [],
  retired?: RetiredCodes,
) {
  const errors: RowError[] = [...parsed.errors];
  const projects: ProjectInput[] = [];
  const projectRows = new Map<string, number>();
  for (const p of parsed.projects) {
    const r = projectSchema.safeParse(p.raw);
    const code = String(p.raw.code ?? '');
    if (projectRows.has(code))
      errors.push({ sheet: SHEETS.projects, row: p.row, column: '项目编码', message: `项目编码 ${code} 与第${projectRows.get(code)}行重复` });
    else projectRows.set(code, p.row);
    if (takenProjectCodes.has(code)) errors.push({ sheet: SHEETS.projects, row: p.row, column: '项目编码', message: `项目编码 ${code} 已被其他单位使用` });
    if (!r.success) for (const i of r.error.issues) errors.push({ sheet: SHEETS.projects, row: p.row, column: projectColumn(i.path), message: i.message });
    else projects.push(r.data as ProjectInput);
  }
  const byCode = new Map(projects.map((p) => [p.code, p]));
  for (const ind of parsed.indicators) {
    const at = (column: string, message: string) => errors.push({ sheet: SHEETS.indicators, row: ind.row, column, message });
    if (!projectRows.has(ind.projectCode)) at('项目编码', `项目编码“${ind.projectCode}”不在“项目”工作表中`);
    if (ind.scope !== 'PERIOD' && ind.scope !== 'YEAR') at('目标期间', '目标期间须为实施期或年度');
    const r = indicatorSchema.safeParse(ind.indicator);
    if (!r.success) for (const i of r.error.issues) at(INDICATOR_HEADER_OF[String(i.path.at(-1))] ?? '三级指标', i.message);
    const p = byCode.get(ind.projectCode);
    if (r.success && p) (ind.scope === 'PERIOD' ? p.indicatorsPeriod : p.indicatorsYear).push(r.data as ProjectInput['indicatorsYear'][number]);
  }
  const keys = new Map<string, number>();
  const lineProjects = new Set([...projectRows.keys(), ...keptProjectCodes]);
  for (const l of parsed.lines) {
    if (keys.has(l.key)) errors.push({ sheet: SHEETS.lines, row: l.row, column: '行号', message: `行号 ${l.key} 与第${keys.get(l.key)}行重复` });
    keys.set(l.key, l.row);
    for (const p of [...lineProblems(l, codes, lineProjects), ...(retired ? retiredCodeProblems(l, retired) : [])]) {
      errors.push({
        sheet: SHEETS.lines,
        row: l.row,
        column: LINE_HEADER_OF[p.column],
        message: p.message.replace('不在本预算的项目库中', '不在“项目”工作表中'),
      });
    }
  }
  errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return { errors, projects, lines: errors.length === 0 ? parsed.lines.map(({ row: _r, ...l }) => cleanLine(l)) : [] };
}

export const formatRowError = (e: RowError) => (e.row > 0 ? `工作表“${e.sheet}”第${e.row}行 ${e.column}：${e.message}` : e.message);

async function readValidWorkbook(
  db: PrismaClient,
  budget: EditableBudget,
  content: Uint8Array,
  mode: ImportMode,
  current: () => Promise<BudgetContent>,
): Promise<BudgetContent> {
  if (content.byteLength === 0) throw invalid('上传的文件为空');
  if (content.byteLength > MAX_BYTES) throw tooLarge('文件过大：Excel 文件不能超过10 MB');
  // The reader streams 支出明细 and stops past the row limit.
  const parsed = await readEntryWorkbook(content);
  if (parsed.linesOverLimit) throw invalid(`${LINES_OVER_LIMIT}，未做任何修改`);
  const codes = await loadYearCodes(db, budget.year, budget.unitKind);
  const others = await db.project.findMany({
    where: { code: { in: parsed.projects.map((p) => String(p.raw.code ?? '')) }, orgId: { not: budget.orgId } },
    select: { code: true },
  });
  // Appended lines may also use the projects the budget already has.
  const kept = mode === 'append' ? (await current()).projects.map((p) => p.code) : [];
  const retired = await loadRetiredCodesOfBudget(db, budget.id, budget.year);
  const { errors, projects, lines } = validateParsedWorkbook(parsed, codes, new Set(others.map((o) => o.code)), kept, retired);
  if (errors.length > 0) {
    throw invalid(
      `导入失败，共${errors.length}处错误，未做任何修改`,
      errors.map((e) => ({ field: `${e.sheet}|${e.row}|${e.column}`, message: formatRowError(e) })),
    );
  }
  return { lines, projects };
}

async function currentContent(db: PrismaClient | Tx, budgetId: string): Promise<BudgetContent> {
  const u = await loadUnitBudget(db as PrismaClient, budgetId);
  return { lines: u.lines.map(lineOfStored), projects: u.projects.map(projectOfStored) };
}

const modeOf = (m: unknown): ImportMode => {
  if (m === undefined || m === null || m === 'replace') return 'replace';
  if (m === 'append') return 'append';
  throw invalid('导入方式须为追加或整体替换');
};

/**
 * What importing the workbook would change, computed without writing: lines and projects added, changed and
 * removed, and 收支总计 before → after. Refuses a stale version like a save would.
 */
export async function previewEntryWorkbook(
  db: PrismaClient,
  user: SessionUser,
  input: { budgetId: string; expectedVersion: number; mode?: ImportMode; content: Uint8Array },
): Promise<ImportSummary & { version: number }> {
  const budget = await findEditableBudget(db, user, input.budgetId);
  const expectedVersion = parseOrThrow(versionSchema, input.expectedVersion, '版本号');
  if (budget.version !== expectedVersion) throw conflict(CONFLICT_MESSAGE);
  const mode = modeOf(input.mode);
  const current = await currentContent(db, budget.id);
  const incoming = await readValidWorkbook(db, budget, input.content, mode, async () => current);
  return { ...summariseImport(current, planImport(current, incoming, mode), mode), version: budget.version };
}

/**
 * The lines in one statement: a multi-row INSERT from parallel arrays (unnest), whatever their number, so
 * a 10,000-line import is one round trip rather than a row-by-row write.
 */
async function insertLines(tx: Tx, budget: EditableBudget, lines: readonly LineInput[], projectIds: ReadonlyMap<string, string>): Promise<void> {
  if (lines.length === 0) return;
  const column = <T>(pick: (l: LineInput, i: number) => T) => lines.map(pick);
  await tx.$executeRaw`
    INSERT INTO expenditure_line
      (id, budget_id, year, line_key, sort_order, function_code, kind, project_id, dept_econ_code, gov_econ_code, source, timing, amount)
    SELECT l.id, ${budget.id}::uuid, ${budget.year}::int, l.line_key, l.sort_order, l.function_code, l.kind::"SpendingKind", l.project_id,
      l.dept_econ_code, l.gov_econ_code, l.source::"FundSource", l.timing::"FundTiming", l.amount
    FROM unnest(
      ${column(() => randomUUID())}::uuid[], ${column((l) => l.key)}::text[], ${column((_, i) => i)}::int[],
      ${column((l) => l.functionCode)}::text[], ${column((l) => l.kind)}::text[],
      ${column((l) => (l.projectCode ? projectIds.get(l.projectCode)! : null))}::uuid[],
      ${column((l) => l.deptEconCode)}::text[], ${column((l) => l.govEconCode)}::text[], ${column((l) => l.source)}::text[],
      ${column((l) => l.timing)}::text[], ${column((l) => l.amount)}::numeric[]
    ) AS l(id, line_key, sort_order, function_code, kind, project_id, dept_econ_code, gov_econ_code, source, timing, amount)`;
}

/** Inside a budget write: makes the budget's lines and projects (with plans, funds, indicators) exactly `content`. */
export async function writeBudgetContent(tx: Tx, budget: EditableBudget, content: BudgetContent): Promise<void> {
  await tx.expenditureLine.deleteMany({ where: { budgetId: budget.id } });
  const oldPlans = await tx.projectPlan.findMany({ where: { budgetId: budget.id }, select: { projectId: true, carriedOver: true } });
  await tx.projectPlan.deleteMany({ where: { budgetId: budget.id } });
  const ids = new Map<string, string>();
  for (const [i, p] of content.projects.entries()) ids.set(p.code, (await writeProjectPlan(tx, budget.orgId, budget.id, p, i)).projectId);
  // A file is not a review: a project still marked 沿用上年 keeps its mark until it is saved in the workspace.
  const stillCarried = oldPlans.filter((p) => p.carriedOver).map((p) => p.projectId);
  if (stillCarried.length > 0) {
    await tx.projectPlan.updateMany({ where: { budgetId: budget.id, projectId: { in: stillCarried } }, data: { carriedOver: true } });
  }
  await insertLines(tx, budget, content.lines, ids);
  await tx.project.deleteMany({ where: { id: { in: oldPlans.map((p) => p.projectId) }, plans: { none: {} }, lines: { none: {} } } });
}

/**
 * What the import wrote, for its audit record: the counts and a SHA-256 of the rows (each line, then each
 * project, as one JSON text a row in order) rather than the rows themselves.
 */
export function contentDigest(content: BudgetContent): { lines: number; projects: number; sha256: string } {
  const hash = createHash('sha256');
  for (const l of content.lines) {
    hash.update(JSON.stringify([l.key, l.functionCode, l.kind, l.projectCode, l.deptEconCode, l.govEconCode, l.source, l.timing, l.amount]));
    hash.update('\n');
  }
  for (const p of content.projects) hash.update(`${JSON.stringify(p)}\n`);
  return { lines: content.lines.length, projects: content.projects.length, sha256: hash.digest('hex') };
}

/**
 * Applies an uploaded entry workbook, all or nothing: 整体替换 (the default) makes the file's lines and projects
 * (with indicators) the budget's; 追加 adds them (same line key / project code → replaced). Every row-level problem
 * is reported at once (sheet, row, column, reason). The audit record keeps the budget's lines and projects from
 * before the import (undoEntryImport restores them while nothing else changed), the version the import produced
 * and, of what it wrote, the summary, counts and checksum.
 */
export async function importEntryWorkbook(
  db: PrismaClient,
  user: SessionUser,
  input: { budgetId: string; expectedVersion: number; fileName: string; content: Uint8Array; mode?: ImportMode },
): Promise<{ version: number; lines: number; projects: number; summary: ImportSummary }> {
  const budget = await findEditableBudget(db, user, input.budgetId);
  const expectedVersion = parseOrThrow(versionSchema, input.expectedVersion, '版本号');
  const mode = modeOf(input.mode);
  // The budget as it stands is read before validating only for 追加 (its projects); the write reads it again.
  const incoming = await readValidWorkbook(db, budget, input.content, mode, () => currentContent(db, budget.id));
  const { version, result } = await runBudgetEdit(db, budget, expectedVersion, async (tx, newVersion) => {
    const before = await currentContent(tx, budget.id);
    const target = planImport(before, incoming, mode);
    await writeBudgetContent(tx, budget, target);
    const summary = summariseImport(before, target, mode);
    await writeAudit(tx, actorOf(user), {
      action: 'budget.importExcel',
      entity: '单位预算',
      entityId: budget.id,
      budgetId: budget.id,
      before: { lines: before.lines, projects: before.projects },
      after: { fileName: input.fileName, mode, version: newVersion, summary, ...contentDigest(target) },
    });
    return { target, summary };
  });
  return { version, lines: result.target.lines.length, projects: result.target.projects.length, summary: result.summary };
}
