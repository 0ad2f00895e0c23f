// Checks of the performance-target tables and the funds they declare.
import { sum } from '../money';
import { currentYearProjects, type ProjectPerformanceTable } from '../projects';
import type { CheckResult, DisclosureInput, ProjectFunding } from '../types';
import { plainCentsSum, type Cents } from '../tables/cents';
import { failure, lazyFigure, outcome, rule, valueFigure, type LazyFigure } from './check-result';

export const PERFORMANCE_COVERAGE = rule('PERFORMANCE_COVERAGE', '绩效目标表覆盖全部本年项目');
export const PROJECT_FUNDS_WITHIN_PERIOD = rule('PROJECT_FUNDS_WITHIN_PERIOD', '年度资金不超过实施期资金', 'WARNING');

export const fundingSum = (f: ProjectFunding) => sum(Object.values(f).filter((a): a is string => a !== undefined));

/** fundingSum in exact 分 when every level is a plain 元 amount (else null: take the decimal path). */
export function fundingCents(f: ProjectFunding): Cents | null {
  return plainCentsSum(Object.values(f));
}

/** A project's funding total as a check figure, exact in 分 (decimal.js only for an unusual amount). */
export function fundingFigure(label: string, source: string, f: ProjectFunding): LazyFigure {
  const cents = fundingCents(f);
  return cents === null ? valueFigure(label, source, fundingSum(f)) : lazyFigure(label, () => source, cents);
}

const hasIndicators = (t: ProjectPerformanceTable) => t.indicatorRows.some((r) => r.period.name !== '' || r.year.name !== '');

function gapsOf(t: ProjectPerformanceTable): string[] {
  return [hasIndicators(t) ? '' : '绩效指标', t.goalPeriod.trim() ? '' : '实施期目标', t.goalYear.trim() ? '' : '年度目标'].filter(Boolean);
}

/** Every project with money of the year has a filled-in table, and every table has such a project. */
export function performanceCoverage(input: DisclosureInput, performance: readonly ProjectPerformanceTable[]): CheckResult[] {
  const expected = currentYearProjects(input);
  // The first table of each project code, as a search from the top finds it.
  const tableOf = new Map<string, ProjectPerformanceTable>();
  for (const t of performance) if (!tableOf.has(t.projectCode)) tableOf.set(t.projectCode, t);
  const expectedCodes = new Set(expected.map(({ project }) => project.code));
  const failures = expected.map(({ project: p }) => {
    const refs = { projectCodes: [p.code] };
    const table = tableOf.get(p.code);
    if (!table) return failure(PERFORMANCE_COVERAGE, `项目 ${p.code} ${p.name} 缺少绩效目标表`, [], refs);
    const gaps = gapsOf(table);
    if (gaps.length === 0) return null;
    return failure(PERFORMANCE_COVERAGE, `项目 ${p.code} ${p.name} 的绩效目标表未填写${gaps.join('、')}`, [], refs);
  });
  const stray = performance
    .filter((t) => !expectedCodes.has(t.projectCode))
    .map((t) => {
      const message = `绩效目标表 ${t.projectCode} ${t.projectName} 没有对应的本年项目`;
      return failure(PERFORMANCE_COVERAGE, message, [], { projectCodes: [t.projectCode] });
    });
  return outcome(PERFORMANCE_COVERAGE, [...failures, ...stray]);
}

export function fundsWithinPeriod(input: DisclosureInput): CheckResult[] {
  const failures = currentYearProjects(input).map(({ project: p }) => {
    const yearFigure = fundingFigure(`项目 ${p.code} ${p.name} 年度资金总额`, `${p.code} 绩效目标表`, p.fundingYear);
    const periodFigure = fundingFigure(`项目 ${p.code} ${p.name} 实施期资金总额`, `${p.code} 绩效目标表`, p.fundingPeriod);
    if (yearFigure.cents <= periodFigure.cents) return null;
    const year = yearFigure.build();
    const period = periodFigure.build();
    const message = `${year.label} ${year.display} 超过 实施期资金总额 ${period.display}`;
    return failure(PROJECT_FUNDS_WITHIN_PERIOD, message, [year, period], { projectCodes: [p.code] });
  });
  return outcome(PROJECT_FUNDS_WITHIN_PERIOD, failures);
}
