import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, type SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { conflict, invalid, invalidState, notFound } from '../../errors/app-error';
import { sumLines } from '../../domain/aggregate';
import { operatingCost, threePublic } from '../../domain/narrative/figures';
import type { CarriedOverItem, NarrativeReasons, PriorYearFigures, UnitBudget } from '../../domain/types';
import { defaultAssetsAsOf } from '../../domain/unknown-figures';
import { loadUnitBudget, PROFILE_SELECT, profileFromInfo, profileOf, type ProfileRow } from '../internal/load-unit-budget';
import { saveUnitBudget } from '../internal/save-unit-budget';
import { refreshBudgetSummary } from '../internal/budget-summary';
import { actorOf, type Tx } from './edit-guard';
import { expectOpenYear } from '../internal/budget-lock';
import { loadYearCodes } from './line-rules';

export interface NewBudgetTarget {
  orgCode: string;
  year: number;
}

/** Prior-year comparison figures from a budget's own lines, exactly as its derived document counts them. */
export function priorYearFiguresOf(prev: UnitBudget): PriorYearFigures {
  const s = (v: { toFixed(n: number): string }) => v.toFixed(2);
  const lines = prev.lines;
  return {
    totalIncome: s(sumLines(lines)),
    totalExpenditure: s(sumLines(lines)),
    generalCurrentExpenditure: s(sumLines(lines, { sources: ['GENERAL'], timing: 'CURRENT' })),
    threePublic: {
      abroad: s(threePublic(lines, 'abroad')),
      reception: s(threePublic(lines, 'reception')),
      vehiclePurchase: s(threePublic(lines, 'vehiclePurchase')),
      vehicleOperation: s(threePublic(lines, 'vehicleOperation')),
    },
    operatingCost: s(operatingCost([prev])),
  };
}

/** What a 沿用上年 copy marks for review: the profile, the assets, every non-empty reason and every project's texts. */
function carriedOverItems(prev: UnitBudget): CarriedOverItem[] {
  const reasons = (Object.keys(prev.reasons) as (keyof NarrativeReasons)[]).filter((k) => prev.reasons[k].trim() !== '');
  return [
    ...(prev.unit.duties !== '' || prev.unit.structure !== '' ? (['profile'] as const) : []),
    'assets',
    ...reasons.map((k) => `reasons.${k}` as const),
    ...prev.projects.map((p) => `project.${p.code}` as const),
  ];
}

async function resolveTarget(db: PrismaClient, user: SessionUser, t: NewBudgetTarget) {
  assertCan(user, 'budget.edit');
  if (!/^\d{3,12}$/.test(String(t.orgCode)) || !Number.isInteger(t.year)) throw invalid('单位编码或预算年度无效');
  const org = await db.organization.findUnique({ where: { code: t.orgCode } });
  if (!org) throw notFound('单位');
  assertCanOnUnit(user, 'budget.edit', org.id, '单位');
  if (!org.unitKind) throw invalid(`${org.name}不是预算单位，不能编制单位预算`);
  const fy = await db.fiscalYear.findUnique({ where: { year: t.year } });
  if (!fy) throw notFound(`${t.year}预算年度`);
  if (!fy.isOpen) throw invalidState(`${fy.name}已结束编制，不能新建预算`);
  const existing = await db.budget.findUnique({ where: { orgId_year: { orgId: org.id, year: t.year } } });
  if (existing) throw conflict(`${org.name}${t.year}年度预算已存在，请刷新页面`);
  const prevBudget = await db.budget.findUnique({ where: { orgId_year: { orgId: org.id, year: t.year - 1 } } });
  const prev = prevBudget ? await loadUnitBudget(db, prevBudget.id) : null;
  return { org, prev };
}

/**
 * The 单位概况 a blank new budget starts from: the most recent earlier budget's profile, or the
 * organisation's default profile when the unit has no earlier budget.
 */
async function startingProfile(
  db: PrismaClient,
  org: ProfileRow & { id: string },
  year: number,
): Promise<{ profile: ProfileRow; from: number | 'organization' }> {
  const earlier = await db.budget.findFirst({
    where: { orgId: org.id, year: { lt: year } },
    orderBy: { year: 'desc' },
    select: { year: true, ...PROFILE_SELECT },
  });
  return earlier ? { profile: profileOf(earlier), from: earlier.year } : { profile: profileOf(org), from: 'organization' };
}

async function createOnce(tx: Tx, orgId: string, year: number): Promise<void> {
  await expectOpenYear(tx, year, '新建预算');
  const clash = await tx.budget.findUnique({ where: { orgId_year: { orgId, year } } });
  if (clash) throw conflict(`该单位${year}年度预算已由他人创建，请刷新页面`);
}

/**
 * An empty budget for the unit and year; prior-year figures come from the previous year's budget when it exists,
 * 单位概况 from the most recent earlier budget (else the organisation's default profile).
 */
export async function createEmptyBudget(db: PrismaClient, user: SessionUser, t: NewBudgetTarget): Promise<{ budgetId: string; version: number }> {
  const { org, prev } = await resolveTarget(db, user, t);
  const start = await startingProfile(db, org, t.year);
  return db.$transaction(async (tx) => {
    await createOnce(tx, org.id, t.year);
    // Texts copied from an earlier budget are marked 沿用上年 until the user saves the profile.
    const copiedText = start.from !== 'organization' && (start.profile.duties !== '' || start.profile.structure !== '');
    const b = await tx.budget.create({ data: { orgId: org.id, year: t.year, ...start.profile, profileCarriedOver: copiedText } });
    if (prev) {
      const py = priorYearFiguresOf(prev);
      await tx.priorYearFigure.create({
        data: {
          budgetId: b.id,
          ...py.threePublic,
          totalIncome: py.totalIncome,
          totalExpenditure: py.totalExpenditure,
          generalCurrentExpenditure: py.generalCurrentExpenditure,
          operatingCost: py.operatingCost,
        },
      });
    }
    await refreshBudgetSummary(tx, b.id);
    await writeAudit(tx, actorOf(user), {
      action: 'budget.create',
      entity: '单位预算',
      entityId: b.id,
      budgetId: b.id,
      after: { org: org.code, year: t.year, priorYearFrom: prev ? t.year - 1 : null, profileFrom: start.from, profile: start.profile },
    });
    return { budgetId: b.id, version: b.version };
  });
}

/** A new budget copying the previous year's 单位概况, lines, projects (plans, funds, indicators) and texts. */
export async function startFromPreviousYear(db: PrismaClient, user: SessionUser, t: NewBudgetTarget): Promise<{ budgetId: string; version: number }> {
  const { org, prev } = await resolveTarget(db, user, t);
  if (!prev) throw invalidState(`${org.name}没有${t.year - 1}年度预算，无法沿用上年数据，请新建空白预算`);
  const codes = await loadYearCodes(db, t.year);
  const missing = prev.lines
    .flatMap((l) => [
      codes.functions.has(l.functionCode) ? null : `支出明细 ${l.id} 功能科目 ${l.functionCode}`,
      codes.deptEcon.has(l.deptEconCode) ? null : `支出明细 ${l.id} 部门经济科目 ${l.deptEconCode}`,
      codes.govEcon.has(l.govEconCode) ? null : `支出明细 ${l.id} 政府经济科目 ${l.govEconCode}`,
    ])
    .filter((m): m is string => m !== null);
  if (missing.length > 0)
    throw invalid(`上年数据中的科目在${t.year}年科目表中不存在：${missing.slice(0, 10).join('；')}${missing.length > 10 ? `等${missing.length}处` : ''}`);
  const data: UnitBudget = {
    ...prev,
    procurement: [],
    procurementReserve: { sme: null, smallMicro: null },
    // The prior year's asset figures are carried over marked 沿用上年 (never zeroed); the as-of date moves
    // to the new year's default and planned purchases belong to one year only.
    assets: { ...prev.assets, asOf: defaultAssetsAsOf(t.year), plannedPurchases: {} },
    priorYear: priorYearFiguresOf(prev),
    carriedOver: carriedOverItems(prev),
  };
  return db.$transaction(
    async (tx) => {
      await createOnce(tx, org.id, t.year);
      const budgetId = await saveUnitBudget(tx, org.id, t.year, data);
      await writeAudit(tx, actorOf(user), {
        action: 'budget.copyPreviousYear',
        entity: '单位预算',
        entityId: budgetId,
        budgetId,
        after: {
          org: org.code,
          year: t.year,
          fromYear: t.year - 1,
          profile: profileFromInfo(data.unit),
          lines: data.lines.length,
          projects: data.projects.length,
          priorYear: data.priorYear,
          carriedOver: data.carriedOver,
        },
      });
      return { budgetId, version: 1 };
    },
    { timeout: 60_000 },
  );
}
