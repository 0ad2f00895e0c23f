import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { storedExportFormats, writePublishedExports } from '../../lib/export/pregenerate-exports';
import { cachedExport } from '../../lib/export/export-cache';
import { closeBrowser } from '../../lib/export/pdf/chromium';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await closeBrowser();
  await t?.drop();
});

describe('downloads written at publication', () => {
  it('stores all five downloads of the newly published version; readers then get the stored files', async () => {
    const id = await budgetIdOf(t.db, '901001');
    const reviewer = await sessionUser(t.db, 'shenhe');
    await submitBudget(t.db, await sessionUser(t.db, 'kuaiji901001'), id);
    await approveBudget(t.db, reviewer, id);
    const { versionId } = await publishBudget(t.db, reviewer, id);
    expect(await storedExportFormats(t.db, versionId)).toEqual([]);
    expect(await writePublishedExports(t.db, versionId)).toEqual(['pdf', 'xlsx', 'docx', 'json', 'csv']);
    expect((await storedExportFormats(t.db, versionId)).sort()).toEqual(['csv', 'docx', 'json', 'pdf', 'xlsx']);
    const pdf = await cachedExport(t.db, versionId, 'pdf', async () => {
      throw new Error('must be stored already');
    });
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('writes nothing for a version that is not published', async () => {
    const draft = await t.db.budgetVersion.create({
      data: { budgetId: await budgetIdOf(t.db, '901002'), versionNo: 1, status: 'SUBMITTED', snapshot: {}, document: {} },
    });
    expect(await writePublishedExports(t.db, draft.id)).toEqual([]);
  });
});
