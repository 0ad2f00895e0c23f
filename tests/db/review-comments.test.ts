import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { listReviewComments } from '../../lib/data/workflow/list-review-comments';
import { markReviewCommentResolved, reopenReviewComment } from '../../lib/data/workflow/resolve-review-comment';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';
import { setLineAmount } from '../helpers/set-line-amount';

let t: TestDatabase;
let accountant: SessionUser;
let otherAccountant: SessionUser;
let reviewer: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
  otherAccountant = await sessionUser(t.db, 'kuaiji901002');
  reviewer = await sessionUser(t.db, 'shenhe');
  budgetId = await budgetIdOf(t.db, '901001');
});
afterAll(async () => t?.drop());

const byTarget = async (user: SessionUser, target: string) => (await listReviewComments(t.db, user, budgetId)).comments.find((c) => c.target === target)!;

describe('一次退回多条审核意见：整体、报表、支出明细行、项目', () => {
  it('refuses a return with a bad target or an empty text as a whole, naming each faulty comment', async () => {
    await submitBudget(t.db, accountant, budgetId);
    const error = await returnBudget(t.db, reviewer, budgetId, [
      { target: 'GENERAL', text: '整体请复核' },
      { target: 'LINE', targetRef: 'no-such-line', text: '该行请核实' },
      { target: 'PROJECT', targetRef: null, text: '项目请补充' },
      { target: 'TABLE', targetRef: '3', text: '   ' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).fieldErrors.map((f) => f.field)).toEqual(['审核意见2', '审核意见3', '审核意见4']);
    // nothing half-written: no comment, no status change, no audit record
    expect(await t.db.reviewComment.count({ where: { budgetId } })).toBe(0);
    expect((await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).status).toBe('SUBMITTED');
    expect(await t.db.auditLog.count({ where: { budgetId, action: 'budget.return' } })).toBe(0);
  });

  it('stores every comment with one audit record, labels each target as the user reads it and links it into the workspace', async () => {
    const v1 = await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId, versionNo: 1 } });
    const unit = frozenUnitBudget(parseFrozenSnapshot(v1.snapshot));
    const line = unit.lines[1];
    const project = unit.projects.find((p) => !unit.lines.some((l) => l.projectCode === p.code && l.id === line.id))!;
    const { commentIds } = await returnBudget(t.db, reviewer, budgetId, [
      { target: 'GENERAL', text: '整体请复核' },
      { target: 'TABLE', targetRef: '3', text: '表三请复核' },
      { target: 'LINE', targetRef: line.id, text: '该行金额偏高' },
      { target: 'PROJECT', targetRef: project.code, text: '项目绩效目标请细化' },
    ]);
    expect(commentIds).toHaveLength(4);
    const audit = await t.db.auditLog.findMany({ where: { budgetId, action: 'budget.return' } });
    expect(audit).toHaveLength(1);
    expect((audit[0].after as { comments: unknown[] }).comments).toHaveLength(4);

    const { comments, orgCode, year } = await listReviewComments(t.db, accountant, budgetId);
    expect([orgCode, year]).toEqual(['901001', 2026]);
    const lineComment = comments.find((c) => c.target === 'LINE')!;
    expect(lineComment.label).toBe(`支出明细第2行（${line.functionCode} / ${line.deptEconCode} / ${line.govEconCode}，${lineComment.label.split('，')[1]}`);
    expect(lineComment.label).not.toContain(line.id);
    expect(lineComment.focus).toEqual({ kind: 'line', ref: line.id });
    expect(comments.find((c) => c.target === 'PROJECT')).toMatchObject({ label: `项目“${project.name}”`, focus: { kind: 'project', ref: project.code } });
    expect(comments.find((c) => c.target === 'TABLE')).toMatchObject({ label: '表3', focus: { kind: 'table', ref: '3' } });
    expect(comments.find((c) => c.target === 'GENERAL')).toMatchObject({ label: '总体意见', focus: null });
    // untouched since the return: all open, none counted as edited
    expect(comments.every((c) => c.resolvedAt === null && !c.editedSinceReturn)).toBe(true);
  });

  it('marks a changed line as edited at once and closes it as EDITED at resubmission; others are closed by hand', async () => {
    const lineComment = await byTarget(accountant, 'LINE');
    await setLineAmount(t.db, accountant, budgetId, lineComment.targetRef!, '4321.00');
    expect(await byTarget(accountant, 'LINE')).toMatchObject({ editedSinceReturn: true, resolvedAt: null });
    expect(await byTarget(accountant, 'PROJECT')).toMatchObject({ editedSinceReturn: false });

    const general = await byTarget(accountant, 'GENERAL');
    await expect(markReviewCommentResolved(t.db, reviewer, general.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(markReviewCommentResolved(t.db, otherAccountant, general.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await markReviewCommentResolved(t.db, accountant, general.id);
    await expect(markReviewCommentResolved(t.db, accountant, general.id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(await t.db.auditLog.count({ where: { budgetId, action: 'comment.resolve', entityId: general.id } })).toBe(1);
    // a mark set by mistake can be taken back (audited), and set again
    await expect(reopenReviewComment(t.db, otherAccountant, general.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await reopenReviewComment(t.db, accountant, general.id);
    expect(await byTarget(accountant, 'GENERAL')).toMatchObject({ resolvedAt: null, resolution: null });
    await expect(reopenReviewComment(t.db, accountant, general.id)).rejects.toThrow('该审核意见尚未处理');
    expect(await t.db.auditLog.count({ where: { budgetId, action: 'comment.reopen', entityId: general.id } })).toBe(1);
    await markReviewCommentResolved(t.db, accountant, general.id);

    await submitBudget(t.db, accountant, budgetId);
    const seen = await listReviewComments(t.db, reviewer, budgetId);
    const status = Object.fromEntries(seen.comments.map((c) => [c.target, c.resolution]));
    expect(status).toEqual({ GENERAL: 'MARKED', TABLE: null, LINE: 'EDITED', PROJECT: null });
    const submit = await t.db.auditLog.findFirstOrThrow({ where: { budgetId, action: 'budget.submit' }, orderBy: { id: 'desc' } });
    expect((submit.after as { resolvedComments?: string[] }).resolvedComments).toEqual([lineComment.id]);
    // once submitted the accountant can no longer mark comments
    await expect(markReviewCommentResolved(t.db, accountant, (await byTarget(accountant, 'TABLE')).id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(reopenReviewComment(t.db, accountant, general.id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });
});
