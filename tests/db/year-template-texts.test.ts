import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { setFiscalYearTemplate } from '../../lib/data/admin/fiscal-years';
import { listGlossary } from '../../lib/data/admin/glossary';
import {
  deleteYearGlossaryEntry,
  getYearTemplateSettings,
  resetYearGlossary,
  saveYearGlossaryEntry,
  saveYearPhrase,
} from '../../lib/data/admin/year-template-texts';
import { yearGlossary, yearPhraseOverrides } from '../../lib/data/internal/disclosure-template';
import { freezeVersion, loadUnitInput } from '../../lib/data/internal/freeze-version';
import { startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { loadDraftDisclosure } from '../../lib/data/budget/load-draft-disclosure';
import { getPublicDocument } from '../../lib/data/public/public-documents';
import { disclosureHtml } from '../../lib/document/html/disclosure-html';
import { frozenDisclosure } from '../../lib/document/frozen-disclosure';
import { parseFrozenDocument, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';
import { SHANGHAI_GLOSSARY } from '../../lib/domain/templates/shanghai/glossary';

// A year's 名词解释 and fixed phrases belong to (year, template): editing 2027's Shanghai texts changes
// neither 2026 nor the Shanxi template, a non-admin is refused in the data layer, and what is frozen
// keeps the texts it was frozen with.

let t: TestDatabase;
let admin: SessionUser;
let reviewer: SessionUser;
let budget2027: string;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await sessionUser(t.db, 'admin');
  reviewer = await sessionUser(t.db, 'shenhe');
  await setFiscalYearTemplate(t.db, admin, 2027, 'shanghai');
  ({ budgetId: budget2027 } = await startFromPreviousYear(t.db, await sessionUser(t.db, 'kuaiji029'), { orgCode: '029', year: 2027 }));
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

const frozenRows = () => t.query(`SELECT id, document::text AS document, snapshot::text AS snapshot FROM budget_version ORDER BY id`);
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('should have been refused'),
    (e: unknown) => e as AppError,
  );
const SHANGHAI_DEFAULT = SHANGHAI_GLOSSARY.map((g) => ({ term: g.term, definition: g.text }));

describe("a year's 名词解释 and fixed phrases", () => {
  it("editing 2027's Shanghai glossary and phrases changes neither 2026 nor the Shanxi template nor any frozen version", async () => {
    const frozen = await frozenRows();
    const shanxiGlossary = await listGlossary(t.db, admin, 'shanxi');
    const published2026 = disclosureHtml((await getPublicDocument(t.db, '029', 2026))!);

    const before = await getYearTemplateSettings(t.db, admin, 2027);
    expect(before.glossarySource).toBe('template');
    expect(before.glossary.map((g) => g.term)).toEqual(SHANGHAI_DEFAULT.map((g) => g.term));

    await saveYearGlossaryEntry(t.db, admin, {
      year: 2027,
      originalTerm: '基本支出预算',
      term: '基本支出预算',
      definition: '2027年的基本支出解释。',
      sortOrder: 1,
    });
    await saveYearPhrase(t.db, admin, 2027, 'heading.structure', '{scope}机构设置情况');
    await saveYearPhrase(
      t.db,
      admin,
      2027,
      'sentence.assets',
      '{org}截至{date}共有车辆{vehicles}，50万元以上通用设备{equipment50}，100万元以上专用设备{equipment100}。',
    );

    const after = await getYearTemplateSettings(t.db, admin, 2027);
    expect(after.glossarySource).toBe('year');
    expect(after.glossary).toHaveLength(SHANGHAI_DEFAULT.length);
    expect(after.glossary[0]).toMatchObject({ term: '基本支出预算', definition: '2027年的基本支出解释。' });
    expect(after.phrases.find((p) => p.key === 'heading.structure')?.override).toBe('{scope}机构设置情况');

    // The template's defaults, 2026 (in either template) and Shanxi's 2027 texts are untouched.
    expect(await listGlossary(t.db, admin, 'shanghai')).toEqual(expect.arrayContaining(SHANGHAI_DEFAULT.map((g) => expect.objectContaining(g))));
    expect(await listGlossary(t.db, admin, 'shanxi')).toEqual(shanxiGlossary);
    expect(await yearGlossary(t.db, 2026, 'shanghai')).toEqual(SHANGHAI_DEFAULT);
    expect(await yearPhraseOverrides(t.db, 2026, 'shanghai')).toEqual({});
    expect(await yearPhraseOverrides(t.db, 2027, 'shanxi')).toEqual({});
    expect((await yearGlossary(t.db, 2027, 'shanxi')).map((g) => g.term)).toEqual(shanxiGlossary.map((g) => g.term));
    expect(await frozenRows()).toEqual(frozen);
    expect(disclosureHtml((await getPublicDocument(t.db, '029', 2026))!)).toBe(published2026);

    const audits = await t.query<{ action: string; entity_id: string }>(
      `SELECT action, entity_id FROM audit_log WHERE action LIKE 'year-%' ORDER BY created_at, id`,
    );
    expect(audits).toEqual([
      { action: 'year-glossary.update', entity_id: '2027/shanghai/基本支出预算' },
      { action: 'year-phrase.update', entity_id: '2027/shanghai/heading.structure' },
      { action: 'year-phrase.update', entity_id: '2027/shanghai/sentence.assets' },
    ]);
  });

  it("derives the year's drafts and freezes its versions with its texts; a frozen version keeps them after a later edit", async () => {
    const { disclosure } = await loadDraftDisclosure(t.db, reviewer, '029', 2027);
    expect(disclosure.glossary[0].definition).toBe('2027年的基本支出解释。');
    const html = disclosureHtml(disclosure);
    expect(html).toContain('二、单位机构设置情况');
    expect(html).toMatch(/阳泉市市场监督管理局截至2026年12月31日共有车辆/);

    const version = await freezeVersion(t.db, await loadUnitInput(t.db, budget2027, 2027));
    expect(version.document.phrases).toEqual({
      'heading.structure': '{scope}机构设置情况',
      'sentence.assets': '{org}截至{date}共有车辆{vehicles}，50万元以上通用设备{equipment50}，100万元以上专用设备{equipment100}。',
    });
    const render = () =>
      disclosureHtml(
        frozenDisclosure(
          { versionId: 'v', versionNo: 1, publishedAt: null, correctionNote: null },
          parseFrozenSnapshot(version.columns.snapshot),
          parseFrozenDocument(version.columns.document),
        ),
      );
    const frozenHtml = render();
    expect(frozenHtml).toContain('二、单位机构设置情况');
    expect(frozenHtml).toContain('2027年的基本支出解释。');

    await saveYearPhrase(t.db, admin, 2027, 'heading.structure', '{scope}内设机构');
    await saveYearGlossaryEntry(t.db, admin, { year: 2027, originalTerm: '基本支出预算', term: '基本支出预算', definition: '再次修改。', sortOrder: 1 });
    expect(render()).toBe(frozenHtml);
    const next = disclosureHtml((await loadDraftDisclosure(t.db, reviewer, '029', 2027)).disclosure);
    expect(next).toContain('二、单位内设机构');
    expect(next).toContain('再次修改。');
  });

  it("a published Shanxi version keeps its headings when the admin rewords its year's phrases; the draft follows", async () => {
    const published = disclosureHtml((await getPublicDocument(t.db, '029', 2026))!);
    expect(published).toContain('第四部分 名词解释');
    await saveYearPhrase(t.db, admin, 2026, 'part.glossary', '第四部分 名词解释及说明');
    expect(disclosureHtml((await getPublicDocument(t.db, '029', 2026))!)).toBe(published);
    const draft = disclosureHtml((await loadDraftDisclosure(t.db, reviewer, '029', 2026)).disclosure);
    expect(draft).toContain('第四部分 名词解释及说明');
    await saveYearPhrase(t.db, admin, 2026, 'part.glossary', null);
    expect(await yearPhraseOverrides(t.db, 2026, 'shanxi')).toEqual({});
  });

  it('refuses an override that drops a placeholder, with a Chinese message naming the phrase', async () => {
    const e = await rejection(saveYearPhrase(t.db, admin, 2027, 'sentence.assets', '截至{date}，{org}共有车辆若干。'));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('固定表述“其他说明：国有资产占有使用情况”');
    expect(e.message).toContain('{equipment50}');
    const unknown = await rejection(saveYearPhrase(t.db, admin, 2027, 'heading.tables', '{scope}{amount}预算表'));
    expect(unknown.message).toMatch(/固定表述“目录：预算表”：不认识的占位符 \{amount\}/);
    const empty = await rejection(saveYearPhrase(t.db, admin, 2027, 'heading.glossary', '  '));
    expect(empty.message).toMatch(/固定表述“目录：名词解释”：不能为空/);
    const missing = await rejection(saveYearPhrase(t.db, admin, 2027, 'part.glossary', '第四部分'));
    expect(missing.message).toContain('part.glossary');
  });

  it('refuses a non-admin in the data layer', async () => {
    for (const user of [reviewer, await sessionUser(t.db, 'kuaiji029'), null]) {
      for (const call of [
        getYearTemplateSettings(t.db, user, 2027),
        saveYearPhrase(t.db, user, 2027, 'heading.glossary', '名词'),
        saveYearGlossaryEntry(t.db, user, { year: 2027, term: '新词', definition: '解释', sortOrder: 9 }),
        deleteYearGlossaryEntry(t.db, user, 2027, '基本支出预算'),
        resetYearGlossary(t.db, user, 2027),
      ]) {
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((await rejection(call)).code);
      }
    }
    expect((await getYearTemplateSettings(t.db, admin, 2027)).phrases.find((p) => p.key === 'heading.glossary')?.override).toBeNull();
  });

  it('deletes an entry, keeps at least one, and goes back to the template default', async () => {
    await deleteYearGlossaryEntry(t.db, admin, 2027, '机关运行经费');
    expect((await yearGlossary(t.db, 2027, 'shanghai')).map((g) => g.term)).not.toContain('机关运行经费');
    await resetYearGlossary(t.db, admin, 2027);
    expect(await yearGlossary(t.db, 2027, 'shanghai')).toEqual(SHANGHAI_DEFAULT);
    expect((await getYearTemplateSettings(t.db, admin, 2027)).glossarySource).toBe('template');
  });
});
