import type { PrismaClient } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { likeLiteral } from '../../db/like-literal';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { deriveDocument } from '../../domain/derive-document';
import type { CheckResult } from '../../domain/types';
import { parseFrozenDocument } from '../../document/frozen/frozen-version-format';
import { loadYearCatalogs } from '../budget/load-disclosure-input';
import { loadUnitBudget } from '../budget/load-unit-budget';

export type QueueSort = 'org' | 'status' | 'total' | 'waiting';

export interface QueueFilter {
  year: number;
  status?: BudgetStatus;
  q?: string; // part of the unit's code or name
  sort?: QueueSort;
  desc?: boolean;
}

export interface QueueRow {
  budgetId: string;
  orgCode: string;
  orgName: string;
  status: BudgetStatus;
  total: string; // 元, sum of the expenditure lines
  blocking: number;
  warnings: number;
  submittedAt: Date | null; // of the version under review, while 已提交
  versions: number;
}

const STATUS_ORDER: BudgetStatus[] = ['SUBMITTED', 'RETURNED', 'DRAFT', 'APPROVED', 'PUBLISHED'];

function counts(checks: CheckResult[]) {
  const failing = checks.filter((c) => !c.passed);
  return { blocking: failing.filter((c) => c.severity === 'BLOCKING').length, warnings: failing.filter((c) => c.severity === 'WARNING').length };
}

/**
 * Every budget of a year for the reviewer: status, total, failing checks and waiting time. Frozen
 * versions give the checks of submitted and later budgets; drafts are derived as they stand.
 */
export async function listReviewQueue(db: PrismaClient, user: SessionUser | null, filter: QueueFilter): Promise<QueueRow[]> {
  assertCan(user, 'review.queue');
  const trimmed = filter.q?.trim();
  const q = trimmed ? likeLiteral(trimmed) : undefined;
  const budgets = await db.budget.findMany({
    where: {
      year: filter.year,
      ...(filter.status ? { status: filter.status } : {}),
      ...(q ? { org: { OR: [{ code: { contains: q } }, { name: { contains: q } }] } } : {}),
    },
    include: {
      org: { select: { code: true, name: true } },
      versions: { orderBy: { versionNo: 'desc' }, take: 1, select: { createdAt: true, document: true } },
      _count: { select: { versions: true } },
    },
  });
  const sums = await db.expenditureLine.groupBy({ by: ['budgetId'], where: { budgetId: { in: budgets.map((b) => b.id) } }, _sum: { amount: true } });
  const totals = new Map(sums.map((s) => [s.budgetId, s._sum.amount?.toFixed(2) ?? '0.00']));
  const catalogs = budgets.some((b) => b.status === 'DRAFT' || b.status === 'RETURNED') ? await loadYearCatalogs(db, filter.year) : null;
  const rows: QueueRow[] = [];
  for (const b of budgets) {
    const frozen = b.versions[0];
    let checks: CheckResult[];
    if ((b.status === 'DRAFT' || b.status === 'RETURNED') && catalogs) {
      const unit = await loadUnitBudget(db, b.id);
      checks = deriveDocument({ year: b.year, scope: 'UNIT', org: unit.unit, units: [unit], catalogs }).checks;
    } else {
      checks = frozen ? parseFrozenDocument(frozen.document).checks : [];
    }
    rows.push({
      budgetId: b.id,
      orgCode: b.org.code,
      orgName: b.org.name,
      status: b.status,
      total: totals.get(b.id) ?? '0.00',
      ...counts(checks),
      submittedAt: b.status === 'SUBMITTED' ? (frozen?.createdAt ?? null) : null,
      versions: b._count.versions,
    });
  }
  return sortQueue(rows, filter.sort ?? 'status', filter.desc ?? false);
}

export function sortQueue(rows: QueueRow[], sort: QueueSort, desc: boolean): QueueRow[] {
  const cmp: Record<QueueSort, (a: QueueRow, b: QueueRow) => number> = {
    org: (a, b) => a.orgCode.localeCompare(b.orgCode),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.orgCode.localeCompare(b.orgCode),
    total: (a, b) => compareDecimalStrings(a.total, b.total),
    waiting: (a, b) => (a.submittedAt?.getTime() ?? Infinity) - (b.submittedAt?.getTime() ?? Infinity),
  };
  const sorted = [...rows].sort(cmp[sort]);
  return desc ? sorted.reverse() : sorted;
}

function compareDecimalStrings(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length - bi.length;
  return (ai + af.padEnd(2, '0')).localeCompare(bi + bf.padEnd(2, '0'));
}
