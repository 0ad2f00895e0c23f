import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { BudgetStatus } from '../../generated/prisma/enums';
import { likeLiteral } from '../../db/like-literal';
import { assertCan, isUnitScoped, type SessionUser } from '../../auth/permissions';
import type { ReviewLevels } from '../../domain/review-chain';
import { ensureBudgetSummaries } from '../internal/budget-summary';
import { publicationDeadline, type PublicationDeadline } from '../../domain/workflow/publication-deadline';
import { beijingIsoDate } from '../../format/beijing-time';

export type QueueSort = 'org' | 'status' | 'total' | 'waiting' | 'deadline';
/** pending: approved and not yet published; overdue: of those, past the 20-day deadline. */
export type DeadlineFilter = 'pending' | 'overdue';

export interface QueueFilter {
  year: number;
  status?: BudgetStatus;
  q?: string; // part of the unit's code or name
  deadline?: DeadlineFilter;
  sort?: QueueSort;
  desc?: boolean;
  /** The moment "today" is taken from (Beijing day); now unless a test fixes it. */
  now?: Date;
}

export interface QueueRow {
  budgetId: string;
  orgCode: string;
  orgName: string;
  status: BudgetStatus;
  total: string; // 元, sum of the expenditure lines
  blocking: number;
  warnings: number;
  submittedAt: Date | null; // of the version under review, while 已提交 or 待财政审核
  versions: number;
  reviewLevels: ReviewLevels; // of the unit's department
  /** Of an approved, not yet published budget: its 批复 time and the 20-day publication deadline. */
  approvedAt: Date | null;
  deadline: PublicationDeadline | null;
}

const STATUS_ORDER: BudgetStatus[] = ['SUBMITTED', 'FORWARDED', 'RETURNED', 'DRAFT', 'APPROVED', 'PUBLISHED'];

interface QueueRecord {
  budgetId: string;
  orgCode: string;
  orgName: string;
  status: BudgetStatus;
  total: string;
  blocking: number | null;
  warnings: number | null;
  latestAt: Date | null;
  approvedAt: Date | null;
  versions: number;
  reviewLevels: number;
}

/**
 * Every budget of a year for the reviewer (a department reviewer: its department's units only): status, the
 * department's review levels, total, failing checks and waiting time, in ONE
 * query over the summary columns every budget write keeps up to date (lib/data/internal/budget-summary.ts):
 * the checks of a draft as it stands, of a submitted or later budget its frozen version's. Rows still
 * 未计算 (checks_at NULL, e.g. right after the migration) are computed once here and stored.
 */
export async function listReviewQueue(db: PrismaClient, user: SessionUser | null, filter: QueueFilter): Promise<QueueRow[]> {
  assertCan(user, 'review.queue');
  const trimmed = filter.q?.trim();
  // Prisma's `contains` as it ran before: LIKE '%…%' with the user's % and _ escaped.
  const pattern = trimmed ? `%${likeLiteral(trimmed)}%` : null;
  const status = filter.status ?? null;
  const scope = isUnitScoped(user) ? user.unitIds : null;
  const records = await db.$queryRaw<QueueRecord[]>`
    SELECT b.id::text AS "budgetId", o.code AS "orgCode", o.name AS "orgName", b.status::text AS status,
           b.total::text AS total, b.blocking_checks AS blocking, b.warning_checks AS warnings,
           latest.created_at AS "latestAt", approval.created_at AS "approvedAt", coalesce(counted.n, 0)::int AS versions,
           coalesce(CASE WHEN o.is_department THEN o.review_levels END, dept.review_levels, 1) AS "reviewLevels"
    FROM budget b
    JOIN organization o ON o.id = b.org_id
    LEFT JOIN organization dept ON dept.id = o.parent_id AND dept.is_department
    LEFT JOIN LATERAL (
      SELECT v.created_at FROM budget_version v WHERE v.budget_id = b.id ORDER BY v.version_no DESC LIMIT 1
    ) latest ON true
    LEFT JOIN LATERAL (SELECT count(*) AS n FROM budget_version v WHERE v.budget_id = b.id) counted ON true
    LEFT JOIN LATERAL (
      SELECT a.created_at FROM audit_log a
      WHERE b.status = 'APPROVED' AND a.budget_id = b.id AND a.action = 'budget.approve'
      ORDER BY a.created_at DESC LIMIT 1
    ) approval ON true
    WHERE b.year = ${filter.year}
      AND (${scope}::text[] IS NULL OR b.org_id::text = ANY(${scope}::text[]))
      AND (${status}::text IS NULL OR b.status::text = ${status}::text)
      AND (${pattern}::text IS NULL OR o.code LIKE ${pattern}::text OR o.name LIKE ${pattern}::text)`;
  const missing = records.filter((r) => r.blocking === null || r.warnings === null).map((r) => r.budgetId);
  const computed = missing.length > 0 ? await ensureBudgetSummaries(db, missing) : new Map();
  const today = beijingIsoDate(filter.now ?? new Date());
  const all: QueueRow[] = records.map((r) => {
    const counts = computed.get(r.budgetId) ?? { blocking: r.blocking ?? 0, warnings: r.warnings ?? 0 };
    return {
      budgetId: r.budgetId,
      orgCode: r.orgCode,
      orgName: r.orgName,
      status: r.status,
      total: r.total,
      blocking: counts.blocking,
      warnings: counts.warnings,
      submittedAt: r.status === 'SUBMITTED' || r.status === 'FORWARDED' ? r.latestAt : null,
      versions: r.versions,
      reviewLevels: r.reviewLevels === 2 ? 2 : 1,
      approvedAt: r.approvedAt,
      deadline: r.approvedAt ? publicationDeadline(beijingIsoDate(r.approvedAt), today) : null,
    };
  });
  const rows = all.filter((r) => !filter.deadline || (r.deadline && (filter.deadline === 'pending' || r.deadline.state === 'OVERDUE')));
  return sortQueue(rows, filter.sort ?? 'status', filter.desc ?? false);
}

export function sortQueue(rows: QueueRow[], sort: QueueSort, desc: boolean): QueueRow[] {
  const cmp: Record<QueueSort, (a: QueueRow, b: QueueRow) => number> = {
    org: (a, b) => a.orgCode.localeCompare(b.orgCode),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.orgCode.localeCompare(b.orgCode),
    total: (a, b) => compareDecimalStrings(a.total, b.total),
    waiting: (a, b) => (a.submittedAt?.getTime() ?? Infinity) - (b.submittedAt?.getTime() ?? Infinity),
    // the most urgent (fewest days left, most overdue) first; budgets without a deadline last
    deadline: (a, b) => (a.deadline?.daysLeft ?? Infinity) - (b.deadline?.daysLeft ?? Infinity) || a.orgCode.localeCompare(b.orgCode),
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
