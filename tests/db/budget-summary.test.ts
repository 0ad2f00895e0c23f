import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { setLineAmount } from '../helpers/set-line-amount';
import type { SessionUser } from '../../lib/auth/permissions';
import { deriveDocument } from '../../lib/domain/derive-document';
import { parseFrozenDocument } from '../../lib/document/frozen/frozen-version-format';
import { loadUnitInput } from '../../lib/data/internal/freeze-version';
import { checkCounts, refreshBudgetSummary } from '../../lib/data/internal/budget-summary';
import { createEmptyBudget, startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { exportEntryWorkbook } from '../../lib/data/entry/export-entry-workbook';
import { importEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';

let t: TestDatabase;
let reviewer: SessionUser;
let accountant901: SessionUser;
let accountant029: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase();
  reviewer = await sessionUser(t.db, 'shenhe');
  accountant901 = await sessionUser(t.db, 'kuaiji901001');
  accountant029 = await sessionUser(t.db, 'kuaiji029');
});
afterAll(async () => t?.drop());

/** The summary a fresh read would give: the lines' sum, and the checks of the live or frozen document. */
async function fresh(budgetId: string) {
  const b = await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } });
  const [{ total }] = await t.query<{ total: string }>(
    `SELECT coalesce(sum(amount), 0)::numeric(18,2)::text AS total FROM expenditure_line WHERE budget_id = $1`,
    [budgetId],
  );
  let checks;
  if (b.status === 'DRAFT' || b.status === 'RETURNED') {
    checks = deriveDocument(await t.db.$transaction((tx) => loadUnitInput(tx, budgetId, b.year))).checks;
  } else {
    const v = await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId }, orderBy: { versionNo: 'desc' } });
    checks = parseFrozenDocument(v.document).checks;
  }
  return { total, ...checkCounts(checks) };
}

async function stored(budgetId: string) {
  const [row] = await t.query<{ total: string; blocking: number | null; warnings: number | null; at: Date | null }>(
    `SELECT total::text AS total, blocking_checks AS blocking, warning_checks AS warnings, checks_at AS at FROM budget WHERE id = $1`,
    [budgetId],
  );
  expect(row.at, 'checks_at').not.toBeNull();
  return { total: row.total, blocking: row.blocking, warnings: row.warnings };
}

async function expectFresh(budgetId: string) {
  expect(await stored(budgetId)).toEqual(await fresh(budgetId));
}

describe('the budget summary columns equal a fresh derivation after every kind of write', () => {
  it('after the seed (drafts and the published sample)', async () => {
    for (const code of ['029', '901001', '901002']) await expectFresh(await budgetIdOf(t.db, code));
  });

  it('after a lines save, submit, return, approve, publish and reopen', async () => {
    const id = await budgetIdOf(t.db, '901001');
    const before = await stored(id);
    await setLineAmount(t.db, accountant901, id, 'S1-002', '600000.01');
    await expectFresh(id);
    expect((await stored(id)).total).not.toBe(before.total);
    await submitBudget(t.db, accountant901, id);
    await expectFresh(id);
    await returnBudget(t.db, reviewer, id, [{ target: 'GENERAL', text: '请核对' }]);
    await expectFresh(id);
    await setLineAmount(t.db, accountant901, id, 'S1-002', '1.00');
    await expectFresh(id);
    await submitBudget(t.db, accountant901, id);
    await approveBudget(t.db, reviewer, id);
    await expectFresh(id);
    await publishBudget(t.db, reviewer, id);
    await expectFresh(id);
    await reopenForCorrection(t.db, reviewer, id, '更正一处金额');
    await expectFresh(id);
  });

  it('after a new empty budget, 沿用上年 and an Excel import', async () => {
    const empty = await createEmptyBudget(t.db, accountant901, { orgCode: '901001', year: 2027 });
    await expectFresh(empty.budgetId);
    expect((await stored(empty.budgetId)).blocking).toBeGreaterThan(0); // 预算收支总计为0
    const { budgetId } = await startFromPreviousYear(t.db, accountant029, { orgCode: '029', year: 2027 });
    await expectFresh(budgetId);
    const { content } = await exportEntryWorkbook(t.db, accountant029, '029', 2027, 'export');
    const { version } = await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } });
    await t.query(`DELETE FROM expenditure_line WHERE budget_id = $1 AND line_key = (SELECT min(line_key) FROM expenditure_line WHERE budget_id = $1)`, [
      budgetId,
    ]);
    await importEntryWorkbook(t.db, accountant029, { budgetId, expectedVersion: version, fileName: 'x.xlsx', content: new Uint8Array(content) });
    await expectFresh(budgetId);
  });

  it('computes a row left 未计算 (NULL) on the queue’s first read and stores it', async () => {
    const id = await budgetIdOf(t.db, '901002');
    await t.query(`UPDATE budget SET blocking_checks = NULL, warning_checks = NULL, checks_at = NULL WHERE id = $1`, [id]);
    const row = (await listReviewQueue(t.db, reviewer, { year: 2026 })).find((r) => r.budgetId === id)!;
    const expected = await fresh(id);
    expect({ total: row.total, blocking: row.blocking, warnings: row.warnings }).toEqual(expected);
    await expectFresh(id);
  });
});

describe('the reviewer queue', () => {
  it('issues the same number of queries whatever the number of budgets', async () => {
    const counted = new PrismaClient({
      adapter: new PrismaPg({ connectionString: t.url }),
      log: [{ emit: 'event', level: 'query' }],
    });
    let queries = 0;
    counted.$on('query', () => {
      queries++;
    });
    const countFor = async () => {
      queries = 0;
      const rows = await listReviewQueue(counted, reviewer, { year: 2026, sort: 'total' });
      return { queries, rows: rows.length };
    };
    try {
      const small = await countFor();
      const parent = await t.db.organization.findUniqueOrThrow({ where: { code: '901' } });
      for (let i = 0; i < 12; i++) {
        const org = await t.db.organization.create({
          data: { code: `9019${String(i).padStart(2, '0')}`, name: `计数单位${i}`, unitKind: 'INSTITUTION', parentId: parent.id },
        });
        const b = await t.db.budget.create({ data: { orgId: org.id, year: 2026 } });
        await refreshBudgetSummary(t.db, b.id);
      }
      const large = await countFor();
      expect(large.rows).toBe(small.rows + 12);
      expect(large.queries).toBe(small.queries);
      expect(large.queries).toBeGreaterThanOrEqual(1); // the counter does see the queue's query
      expect(large.queries).toBeLessThanOrEqual(2);
    } finally {
      await counted.$disconnect();
    }
  });
});
