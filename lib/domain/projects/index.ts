import { compareText } from '../collation';
import { sum, yuanText } from '../money';
import { plainCentsSum, smallCents, yuanTextFromCents } from '../tables/cents';
import { PROJECT_FUNDING_LEVEL_LABELS, type DisclosureInput, type Project, type ProjectFunding, type ProjectFundingLevel, type UnitBudget } from '../types';
import { indicatorRows } from './indicator-rows';
import type { PerformanceFundRow, ProjectPerformanceTable } from './performance-table';

export type { ProjectPerformanceTable, PerformanceIndicatorRow, IndicatorCell, PerformanceFundRow } from './performance-table';
export { parseIndicatorValue, formatIndicatorValue } from './indicator-value';
export { INDICATOR_TREE, level1Of } from './indicator-tree';

const LEVELS = Object.keys(PROJECT_FUNDING_LEVEL_LABELS) as ProjectFundingLevel[];

/** A level left out prints blank, a level given prints its amount (0 included). */
function fundCell(funding: ProjectFunding, level: ProjectFundingLevel): string {
  const amount = funding[level];
  if (amount === undefined) return '';
  const cents = smallCents(amount);
  return cents === null ? yuanText(amount) : yuanTextFromCents(cents);
}

/** Total of the levels given; blank when no level is given. */
export function fundingTotal(funding: ProjectFunding): string {
  const given = LEVELS.map((l) => funding[l]).filter((a): a is string => a !== undefined);
  if (given.length === 0) return '';
  // Plain 元 amounts add up exactly in 分 without decimal.js; anything else takes the decimal path.
  const cents = plainCentsSum(given);
  return cents === null ? yuanText(sum(given)) : yuanTextFromCents(cents);
}

function fundRows(p: Project): PerformanceFundRow[] {
  return LEVELS.map((level) => ({
    label: PROJECT_FUNDING_LEVEL_LABELS[level],
    period: fundCell(p.fundingPeriod, level),
    year: fundCell(p.fundingYear, level),
  }));
}

/**
 * The projects a year's disclosure prints performance tables for: those first budgeted that year
 * and older ones given money of the year; a project with only carried-over money has none.
 */
export function currentYearProjects(input: DisclosureInput): { unit: UnitBudget; project: Project }[] {
  return input.units.flatMap((unit) => unitCurrentYearProjects(unit, input.year).map((project) => ({ unit, project })));
}

/**
 * A unit's current-year projects in code order, remembered per unit for the year, its projects and its lines
 * (deriveDocument asks four times: the performance tables, the 情况说明 and two checks).
 */
const currentByUnit = new WeakMap<UnitBudget, { year: number; projects: readonly Project[]; lines: readonly unknown[]; current: Project[] }>();
function unitCurrentYearProjects(unit: UnitBudget, year: number): Project[] {
  const known = currentByUnit.get(unit);
  if (known && known.year === year && known.projects === unit.projects && known.lines === unit.lines) return known.current;
  const withCurrentLines = projectsWithCurrentYearLines(unit);
  const current = unit.projects.filter((p) => p.originYear === year || withCurrentLines.has(p.code)).sort((a, b) => compareText(a.code, b.code));
  currentByUnit.set(unit, { year, projects: unit.projects, lines: unit.lines, current });
  return current;
}

/** Codes of the unit's projects that have a 当年 project line (one pass over the lines). */
function projectsWithCurrentYearLines(unit: UnitBudget): Set<string | null> {
  const codes = new Set<string | null>();
  for (const l of unit.lines) if (l.kind === 'PROJECT' && l.timing === 'CURRENT') codes.add(l.projectCode);
  return codes;
}

function performanceTable(input: DisclosureInput, unit: UnitBudget, p: Project): ProjectPerformanceTable {
  return {
    projectCode: p.code,
    unitCode: unit.unit.code,
    title: '项目支出绩效目标表',
    yearLabel: `（${input.year}年度）`,
    projectName: p.name,
    department: `${input.org.code}-${input.org.name}`,
    implementingUnit: unit.unit.name,
    attribute: p.attribute,
    period: p.period ?? '',
    fundsPeriodTotal: fundingTotal(p.fundingPeriod),
    fundsYearTotal: fundingTotal(p.fundingYear),
    fundRows: fundRows(p),
    overview: p.overview,
    basis: p.basis,
    necessity: p.necessity,
    safeguards: p.safeguards,
    plan: p.plan,
    goalPeriod: p.goalPeriod,
    goalYear: p.goalYear,
    indicatorRows: indicatorRows(p.indicatorsPeriod, p.indicatorsYear),
    manager: p.manager,
    handler: p.handler,
    phone: p.phone,
    filledAt: p.filledAt,
  };
}

/** 项目支出绩效目标表 of every current-year project, unit by unit, in project code order. */
export function deriveProjectTables(input: DisclosureInput): ProjectPerformanceTable[] {
  return currentYearProjects(input).map(({ unit, project }) => performanceTable(input, unit, project));
}
