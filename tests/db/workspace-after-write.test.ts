import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { setLineAmount } from '../helpers/set-line-amount';
import { loadWorkspace } from '../../lib/data/entry/load-workspace';
import { deriveDocument } from '../../lib/domain/derive-document';
import type { SessionUser } from '../../lib/auth/permissions';

// Counts the engine's derivations; each still runs the real engine.
vi.mock('../../lib/domain/derive-document', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/domain/derive-document')>();
  return { ...real, deriveDocument: vi.fn(real.deriveDocument) };
});
const derivations = () => vi.mocked(deriveDocument).mock.calls.length;

let t: TestDatabase;
let accountant: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
});
afterAll(async () => t?.drop());

describe('the workspace after a budget write', () => {
  it('shows the document the write derived for its check counts, without deriving it again', async () => {
    const budgetId = await budgetIdOf(t.db, '901001', 2026);
    const before = await loadWorkspace(t.db, accountant, '901001', 2026);
    const line = before.unit!.lines[0];
    const amount = (BigInt(line.amount.split('.')[0]) + BigInt(7)).toString();
    await setLineAmount(t.db, accountant, budgetId, line.id, amount);
    const afterWrite = derivations();
    const after = await loadWorkspace(t.db, accountant, '901001', 2026);
    expect(derivations()).toBe(afterWrite);
    expect(after.unit!.lines[0].amount).toBe(`${amount}.00`);
    const { deriveDocument: engine } = await vi.importActual<typeof import('../../lib/domain/derive-document')>('../../lib/domain/derive-document');
    expect(after.document).toEqual(engine({ year: 2026, scope: 'UNIT', org: after.unit!.unit, units: [after.unit!], catalogs: after.catalogs }));
    expect(after.document).not.toEqual(before.document);
  });
});
