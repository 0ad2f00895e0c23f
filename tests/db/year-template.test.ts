import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { setFiscalYearTemplate } from '../../lib/data/admin/fiscal-years';
import { listGlossary, saveGlossaryEntry } from '../../lib/data/admin/glossary';
import { loadDraftDisclosure } from '../../lib/data/budget/load-draft-disclosure';
import { getPublicDocument, getPublishedInput } from '../../lib/data/public/public-documents';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { disclosureHtml } from '../../lib/document/html/disclosure-html';
import { parseFrozenDocument } from '../../lib/document/frozen/frozen-version-format';
import { renderExport } from '../../lib/export/render-export';
import { SHANGHAI_GLOSSARY } from '../../lib/domain/templates/shanghai/glossary';

// A fiscal year's template decides how its drafts derive and its versions freeze; what is already
// frozen keeps the template it was frozen in, so switching a year's template changes nothing stored.

let t: TestDatabase;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await sessionUser(t.db, 'admin');
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

const SHANGHAI_TITLES = [
  '2026年预算单位财务收支预算总表',
  '2026年预算单位收入预算总表',
  '2026年预算单位支出预算总表',
  '2026年预算单位财政拨款收支预算总表',
  '2026年预算单位一般公共预算支出功能分类预算表',
  '2026年预算单位政府性基金预算支出功能分类预算表',
  '2026年预算单位国有资本经营预算支出功能分类预算表',
  '2026年预算单位一般公共预算基本支出部门预算经济分类预算表',
  '2026年单位“三公”经费和机关运行经费预算表',
];

describe("a fiscal year's disclosure template", () => {
  it('switching it changes no stored amount, row or frozen document, and the published page renders as before', async () => {
    const before = await dbFingerprint(t);
    const published = await getPublicDocument(t.db, '029', 2026);
    const htmlBefore = disclosureHtml(published!);

    await setFiscalYearTemplate(t.db, admin, 2026, 'shanghai');

    const after = await dbFingerprint(t);
    for (const table of Object.keys(before).filter((k) => k !== 'fiscal_year' && k !== 'audit_log')) {
      expect(after[table], table).toBe(before[table]);
    }
    const again = await getPublicDocument(t.db, '029', 2026);
    expect(again!.document.template?.id ?? 'shanxi').toBe('shanxi');
    expect(again!.document.tables).toHaveLength(13);
    expect(disclosureHtml(again!)).toBe(htmlBefore);

    const [audit] = await t.query<{ action: string; before: unknown; after: unknown }>(
      `SELECT action, before, after FROM audit_log WHERE action = 'fiscal-year.template' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(audit.action).toBe('fiscal-year.template');
    expect(audit.before).toMatchObject({ templateId: 'shanxi' });
    expect(audit.after).toMatchObject({ templateId: 'shanghai', template: '上海市模板（9张表）' });
  });

  it('refuses an unknown template with a Chinese error naming the field', async () => {
    await expect(setFiscalYearTemplate(t.db, admin, 2026, 'beijing')).rejects.toThrow(/公开模板/);
  });

  it("derives drafts in the year's template with its glossary", async () => {
    const { disclosure } = await loadDraftDisclosure(t.db, await sessionUser(t.db, 'shenhe'), '901001', 2026);
    expect(disclosure.document.template).toEqual({ id: 'shanghai', version: 1 });
    expect(disclosure.document.tables.map((x) => x.title)).toEqual(SHANGHAI_TITLES);
    expect(disclosure.glossary).toEqual(SHANGHAI_GLOSSARY.map((g) => ({ term: g.term, definition: g.text })));
    expect(disclosure.glossary.map((g) => g.definition).join('')).not.toContain('省直部门');
  });

  it('freezes and publishes in the Shanghai template; every output follows it; switching back keeps it', async () => {
    const reviewer = await sessionUser(t.db, 'shenhe');
    const unit = await budgetIdOf(t.db, '901001');
    await submitBudget(t.db, await sessionUser(t.db, 'kuaiji901001'), unit);
    await approveBudget(t.db, reviewer, unit);
    await publishBudget(t.db, reviewer, unit);
    const [row] = await t.query<{ document: unknown }>(`SELECT v.document FROM budget_version v WHERE v.budget_id = $1 AND v.published_at IS NOT NULL`, [unit]);
    expect(parseFrozenDocument(row.document).template).toEqual({ id: 'shanghai', version: 1 });

    const d = (await getPublicDocument(t.db, '901001', 2026))!;
    const html = disclosureHtml(d);
    for (const title of SHANGHAI_TITLES) expect(html).toContain(title);
    expect(html).toContain('五、单位预算表');
    expect(html).toContain('编制单位：');
    expect(html).toContain('单位：元');
    expect(html).not.toContain('预算公开表');
    expect(html).toContain('注：本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。');

    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(new Uint8Array(await renderExport('xlsx', d, () => getPublishedInput(t.db, d.versionId))).buffer);
    expect(xlsx.worksheets.slice(0, SHANGHAI_TITLES.length).map((w) => String(w.getCell(1, 1).value))).toEqual(SHANGHAI_TITLES);
    const docx = await JSZip.loadAsync(await renderExport('docx', d, () => getPublishedInput(t.db, d.versionId)));
    const text = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const title of SHANGHAI_TITLES) expect(text).toContain(title);
    expect(text).toContain('六、其他相关情况说明');

    const frozen = await t.query<{ document: string; snapshot: string }>(
      `SELECT document::text AS document, snapshot::text AS snapshot FROM budget_version ORDER BY id`,
    );
    await setFiscalYearTemplate(t.db, admin, 2026, 'shanxi');
    expect(await t.query(`SELECT document::text AS document, snapshot::text AS snapshot FROM budget_version ORDER BY id`)).toEqual(frozen);
    expect(disclosureHtml((await getPublicDocument(t.db, '901001', 2026))!)).toBe(html);
  }, 180_000);

  it("editing one template's 名词解释 leaves the other's alone", async () => {
    const shanxi = await listGlossary(t.db, admin, 'shanxi');
    const [first] = await listGlossary(t.db, admin, 'shanghai');
    await saveGlossaryEntry(t.db, admin, { id: first.id, templateId: 'shanghai', term: first.term, definition: '上海的新解释。', sortOrder: first.sortOrder });
    expect((await listGlossary(t.db, admin, 'shanghai'))[0].definition).toBe('上海的新解释。');
    expect(await listGlossary(t.db, admin, 'shanxi')).toEqual(shanxi);
    // An entry cannot be edited through another template.
    await expect(saveGlossaryEntry(t.db, admin, { id: first.id, templateId: 'shanxi', term: 'x', definition: 'y', sortOrder: 1 })).rejects.toThrow(/名词解释/);
  });
});
