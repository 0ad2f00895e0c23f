import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { saveLines } from '../../lib/data/entry/save-lines';

// Expenditure lines change through one path only: the workspace grid's saveLines, with the optimistic
// version check. The workflow page's old 保存金额 form (updateLineAmountAction → updateLineAmount)
// overwrote newer grid edits silently and is gone.

const ROOT = path.resolve(__dirname, '../..');
const SELF = path.relative(ROOT, __filename);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('一条修改支出明细的路径', () => {
  it('源代码中不再有绕过版本检查的“保存金额”路径', () => {
    const offenders = ['app', 'components', 'lib', 'e2e', 'tests', 'scripts']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter((f) => path.relative(ROOT, f) !== SELF)
      .filter((f) => /updateLineAmount|update-line-amount|保存金额/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('基于旧版本的明细修改被拒绝，较新的修改不被覆盖', async () => {
    const accountant = await sessionUser(t.db, 'kuaiji901001');
    const budgetId = await budgetIdOf(t.db, '901001');
    const { version } = await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } });
    const l = await t.db.expenditureLine.findUniqueOrThrow({ where: { budgetId_lineKey: { budgetId, lineKey: 'S1-001' } } });
    const line = (amount: string) => ({
      key: l.lineKey,
      functionCode: l.functionCode,
      kind: l.kind,
      projectCode: null,
      deptEconCode: l.deptEconCode,
      govEconCode: l.govEconCode,
      source: l.source,
      timing: l.timing,
      amount,
    });
    await saveLines(t.db, accountant, { budgetId, expectedVersion: version, upserts: [line('1250000')], deletes: [] });
    await expect(saveLines(t.db, accountant, { budgetId, expectedVersion: version, upserts: [line('1.00')], deletes: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const after = await t.db.expenditureLine.findUniqueOrThrow({ where: { budgetId_lineKey: { budgetId, lineKey: 'S1-001' } } });
    expect(after.amount.toFixed(2)).toBe('1250000.00');
  });
});
