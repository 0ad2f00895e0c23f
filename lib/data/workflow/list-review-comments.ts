import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { CommentResolution, CommentTarget } from '../../generated/prisma/enums';
import { assertCan, readableBudgetsWhere, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import type { UnitBudget } from '../../domain/types';
import { commentTargetChanged, commentTargetLabel } from '../../domain/workflow/comment-targets';
import type { WorkspaceFocus } from '../../document/workspace-links';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../document/frozen/frozen-version-format';
import { loadUnitInput } from '../internal/freeze-version';
import { assertUuid } from '../internal/budget-lock';

export interface ReviewCommentView {
  id: string;
  target: CommentTarget;
  targetRef: string | null;
  /** The target as the user reads it: 总体意见, 表3, 支出明细第2行（codes）, 项目“name”. */
  label: string;
  text: string;
  authorName: string;
  createdAt: Date;
  versionNo: number | null;
  resolvedAt: Date | null;
  resolution: CommentResolution | null;
  /** Still open, but its line or project has been changed since: it is closed at the next submission. */
  editedSinceReturn: boolean;
  /** Where the comment's target is in the accountant's workspace (null for a comment on the whole budget). */
  focus: WorkspaceFocus | null;
}

export interface ReviewComments {
  orgCode: string;
  year: number;
  comments: ReviewCommentView[];
}

const FOCUS_KIND = { TABLE: 'table', LINE: 'line', PROJECT: 'project' } as const;

/**
 * A budget's review comments, newest first, each labelled from the version it was written on and, while the
 * budget is being corrected, compared with the budget as it stands. `live` saves the reload when the caller
 * already holds the current data.
 */
export async function listReviewComments(db: PrismaClient, user: SessionUser | null, budgetId: string, live?: UnitBudget): Promise<ReviewComments> {
  assertCan(user, 'budget.read');
  assertUuid(budgetId);
  const budget = await db.budget.findFirst({
    where: { id: budgetId, ...readableBudgetsWhere(user) },
    select: {
      year: true,
      status: true,
      org: { select: { code: true } },
      comments: {
        orderBy: { createdAt: 'desc' },
        include: { author: { select: { displayName: true } }, version: { select: { id: true, versionNo: true } } },
      },
    },
  });
  if (!budget) throw notFound('预算');
  const versionIds = [...new Set(budget.comments.flatMap((c) => (c.version && c.target !== 'GENERAL' && c.target !== 'TABLE' ? [c.version.id] : [])))];
  const versions = versionIds.length > 0 ? await db.budgetVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, snapshot: true } }) : [];
  const units = new Map(versions.map((v) => [v.id, frozenUnitBudget(parseFrozenSnapshot(v.snapshot))]));
  const editable = budget.status === 'DRAFT' || budget.status === 'RETURNED';
  const needsLive = editable && budget.comments.some((c) => !c.resolvedAt && (c.target === 'LINE' || c.target === 'PROJECT'));
  const current = needsLive ? (live ?? (await db.$transaction((tx) => loadUnitInput(tx, budgetId, budget.year))).units[0]) : null;
  const noTitles = new Map<string, string>();
  const comments = budget.comments.map((c): ReviewCommentView => {
    const before = c.version ? (units.get(c.version.id) ?? null) : null;
    const changed = !c.resolvedAt && before && current ? commentTargetChanged(c.target, c.targetRef, before, current) : null;
    return {
      id: c.id,
      target: c.target,
      targetRef: c.targetRef,
      label: commentTargetLabel(c.target, c.targetRef, before, noTitles),
      text: c.text,
      authorName: c.author.displayName,
      createdAt: c.createdAt,
      versionNo: c.version?.versionNo ?? null,
      resolvedAt: c.resolvedAt,
      resolution: c.resolution,
      editedSinceReturn: changed === true,
      focus: c.target !== 'GENERAL' && c.targetRef ? { kind: FOCUS_KIND[c.target], ref: c.targetRef } : null,
    };
  });
  return { orgCode: budget.org.code, year: budget.year, comments };
}
