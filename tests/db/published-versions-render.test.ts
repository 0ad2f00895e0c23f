import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { getPublicDocument } from '../../lib/data/public/public-documents';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { deriveDocument } from '../../lib/domain/derive-document';
import { disclosureHtml } from '../../lib/document/html/disclosure-html';
import { EXPORT_FORMATS } from '../../lib/document/public-links';
import { renderExport } from '../../lib/export/render-export';
import { closeBrowser } from '../../lib/export/pdf/chromium';
import { getPublishedInput } from '../../lib/data/public/public-documents';

// Every published version in the database — seeded, published through the workflow, corrected —
// is read through the one public reader and rendered as the page and every download.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const accountant = await sessionUser(t.db, 'kuaiji901001');
  const reviewer = await sessionUser(t.db, 'shenhe');
  const unit = await budgetIdOf(t.db, '901001');
  await submitBudget(t.db, accountant, unit);
  await approveBudget(t.db, reviewer, unit);
  await publishBudget(t.db, reviewer, unit);
  const sample = await budgetIdOf(t.db, '029');
  await reopenForCorrection(t.db, reviewer, sample, '更正示例');
  await submitBudget(t.db, await sessionUser(t.db, 'kuaiji029'), sample);
  await approveBudget(t.db, reviewer, sample);
  await publishBudget(t.db, reviewer, sample, { correctionNote: '更正了单位职责表述' });
}, 180_000);
afterAll(async () => {
  await closeBrowser();
  await t?.drop();
});

describe('the public reader renders every published version', () => {
  it('reads each published version with its profile, glossary and thirteen tables, and renders every format', async () => {
    const rows = await t.query<{ code: string; year: number; version_no: number }>(
      `SELECT o.code, b.year, v.version_no FROM budget_version v JOIN budget b ON b.id = v.budget_id JOIN organization o ON o.id = b.org_id
       WHERE v.published_at IS NOT NULL ORDER BY o.code, v.version_no`,
    );
    expect(rows.map((r) => `${r.code}/v${r.version_no}`)).toEqual(['029/v1', '029/v2', '901001/v1']);
    for (const r of rows) {
      const d = await getPublicDocument(t.db, r.code, r.year, r.version_no);
      expect(d, `${r.code} v${r.version_no}`).not.toBeNull();
      expect(d!.document.tables).toHaveLength(13);
      expect(d!.glossary.length).toBeGreaterThan(0);
      expect(d!.profile.duties.length).toBeGreaterThan(0);
      expect(disclosureHtml(d!)).toContain(d!.document.tables[0].title);
      for (const format of EXPORT_FORMATS) {
        const body = await renderExport(format, d!, () => getPublishedInput(t.db, d!.versionId));
        expect(body.length, `${r.code} v${r.version_no} ${format}`).toBeGreaterThan(100);
      }
    }
  }, 180_000);

  it('a unit published through the workflow shows exactly the tables derived from its data', async () => {
    const d = (await getPublicDocument(t.db, '901001', 2026))!;
    const live = deriveDocument((await loadDisclosureInput(t.db, '901001', 2026))!);
    expect(d.document.tables).toEqual(live.tables);
    const wb = new ExcelJS.Workbook();
    const xlsx = await renderExport('xlsx', d, async () => null);
    await wb.xlsx.load(new Uint8Array(xlsx).buffer);
    const total = live.tables[0].rows.at(-1)!;
    const sheetValues = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(sheetValues).toContain(total[0]);
  });

  it('the correction is the latest version with its 更正说明; the first stays readable', async () => {
    const latest = (await getPublicDocument(t.db, '029', 2026))!;
    expect(latest).toMatchObject({ versionNo: 2, latestVersionNo: 2, correctionNote: '更正了单位职责表述' });
    expect(latest.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    const first = (await getPublicDocument(t.db, '029', 2026, 1))!;
    expect(first).toMatchObject({ versionNo: 1, latestVersionNo: 2, correctionNote: null });
    expect(first.document.tables[0].rows).toEqual(latest.document.tables[0].rows);
  });
});
