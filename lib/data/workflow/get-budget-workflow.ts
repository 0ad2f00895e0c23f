import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import { deriveDocument } from '../../domain/derive-document';
import type { DerivedDocument, UnitBudget } from '../../domain/types';
import { frozenUnitBudget, parseFrozenDocument, parseFrozenSnapshot } from '../../document/frozen/frozen-version-format';
import { yearTemplateTexts } from '../internal/disclosure-template';
import { loadUnitInput } from '../internal/freeze-version';
import { assertUuid } from '../internal/budget-lock';

/** A budget's workflow state as the user may see it: status, versions (newest first) and comments. */
export async function getBudgetWorkflow(db: PrismaClient, user: SessionUser | null, budgetId: string) {
  assertCan(user, 'budget.read');
  assertUuid(budgetId);
  const budget = await db.budget.findFirst({
    where: { id: budgetId, ...readableBudgetsWhere(user) },
    include: {
      org: {
        select: { id: true, code: true, name: true, isDepartment: true, reviewLevels: true, parent: { select: { isDepartment: true, reviewLevels: true } } },
      },
      fiscalYear: { select: { isOpen: true } },
      versions: {
        orderBy: { versionNo: 'desc' },
        select: {
          id: true,
          versionNo: true,
          status: true,
          createdAt: true,
          publishedAt: true,
          correctionNote: true,
          createdBy: { select: { displayName: true } },
        },
      },
      comments: { orderBy: { createdAt: 'desc' }, include: { author: { select: { displayName: true } }, version: { select: { versionNo: true } } } },
    },
  });
  if (!budget) throw notFound('预算');
  return budget;
}

export type BudgetWorkflow = Awaited<ReturnType<typeof getBudgetWorkflow>>;

/** One frozen version's snapshot and document; NOT_FOUND unless it exists and the user may read its budget. */
export async function getBudgetVersion(db: PrismaClient, user: SessionUser | null, budgetId: string, versionNo: number) {
  assertCan(user, 'budget.read');
  assertUuid(budgetId);
  const v = await db.budgetVersion.findFirst({
    where: { versionNo, budget: { id: budgetId, ...readableBudgetsWhere(user) } },
  });
  if (!v) throw notFound('预算版本');
  const snapshot = parseFrozenSnapshot(v.snapshot);
  return { ...v, snapshot, unit: frozenUnitBudget(snapshot), document: parseFrozenDocument(v.document) };
}

/** The budgets of the accountant's own units (or all, for a reviewer), with status. */
export async function listReadableBudgets(db: PrismaClient, user: SessionUser | null, year?: number) {
  assertCan(user, 'budget.read');
  return db.budget.findMany({
    where: { ...readableBudgetsWhere(user), ...(year ? { year } : {}) },
    orderBy: [{ year: 'desc' }, { org: { code: 'asc' } }],
    include: {
      org: { select: { code: true, name: true } },
      _count: { select: { comments: { where: { resolvedAt: null } } } },
    },
  });
}

export interface LiveBudget {
  unit: UnitBudget;
  document: DerivedDocument;
}

/** The budget's current data and the document derived from it, if the user may read the budget. */
export async function previewBudget(db: PrismaClient, user: SessionUser | null, budgetId: string): Promise<LiveBudget> {
  assertCan(user, 'budget.read');
  assertUuid(budgetId);
  const budget = await db.budget.findFirst({ where: { id: budgetId, ...readableBudgetsWhere(user) }, select: { id: true, year: true } });
  if (!budget) throw notFound('预算');
  const input = await db.$transaction((tx) => loadUnitInput(tx, budget.id, budget.year));
  const { templateId, phrases } = await yearTemplateTexts(db, budget.year);
  return { unit: input.units[0], document: deriveDocument(input, templateId, phrases) };
}
