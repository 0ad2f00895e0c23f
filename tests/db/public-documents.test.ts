import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { freezeVersion } from '../../lib/data/internal/freeze-version';
import { getPublicDocument, getPublishedAttachment, listPublishedDocuments } from '../../lib/data/public/public-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('public reads see published versions only', () => {
  it('the seed publishes 029 2026 as version 1, frozen from the budget', async () => {
    const d = await getPublicDocument(t.db, '029', 2026);
    expect(d?.versionNo).toBe(1);
    expect(d?.document.tables).toHaveLength(13);
    expect(d?.document.tables[0].rows.at(-1)).toEqual(['收入总计', '2197.30', '支出总计', '2197.30', '2190.36', '6.94']);
    expect(d?.profile.staffing.actualHeadcount).toBe(93);
    expect(d?.glossary[0].term).toBe('基本支出');
    expect(d?.priorThreePublic?.reception).toBe('8000.00');
  });

  it('a draft, a returned budget, an unknown organisation and an unpublished version are all null', async () => {
    expect(await getPublicDocument(t.db, '901001', 2026)).toBeNull();
    expect(await getPublicDocument(t.db, '901', 2026)).toBeNull();
    expect(await getPublicDocument(t.db, '999', 2026)).toBeNull();
    expect(await getPublicDocument(t.db, '029', 2025)).toBeNull();
    expect(await getPublicDocument(t.db, '029', 2026, 2)).toBeNull();
    const budget = await t.db.budget.findFirstOrThrow({ where: { org: { code: '901001' } } });
    await t.db.budget.update({ where: { id: budget.id }, data: { status: 'RETURNED' } });
    const input = (await loadDisclosureInput(t.db, '901001', 2026))!;
    const frozen = await freezeVersion(t.db, input);
    await t.db.budgetVersion.create({ data: { budgetId: budget.id, versionNo: 1, status: 'SUBMITTED', ...frozen.columns } });
    expect(await getPublicDocument(t.db, '901001', 2026)).toBeNull();
    expect(await getPublicDocument(t.db, '901001', 2026, 1)).toBeNull();
    const listed = await listPublishedDocuments(t.db);
    expect(listed.map((x) => x.orgCode)).toEqual(['029']);
  });

  it('a correction is a new version; the earlier one stays readable and never changes', async () => {
    const before = (await getPublicDocument(t.db, '029', 2026))!;
    const budget = await t.db.budget.findFirstOrThrow({ where: { org: { code: '029' }, year: 2026 } });
    const input = (await loadDisclosureInput(t.db, '029', 2026))!;
    input.org.duties = '更正后的职责。';
    const frozen = await freezeVersion(t.db, input);
    await t.db.budgetVersion.create({
      data: { budgetId: budget.id, versionNo: 2, status: 'PUBLISHED', ...frozen.columns, correctionNote: '更正本单位职责表述。', publishedAt: new Date() },
    });
    const latest = (await getPublicDocument(t.db, '029', 2026))!;
    expect(latest.versionNo).toBe(2);
    expect(latest.correctionNote).toBe('更正本单位职责表述。');
    expect(latest.profile.duties).toBe('更正后的职责。');
    expect(latest.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    const first = (await getPublicDocument(t.db, '029', 2026, 1))!;
    expect(first.profile.duties).toBe(before.profile.duties);
    expect(first.latestVersionNo).toBe(2);
    const [doc] = await listPublishedDocuments(t.db);
    expect(doc.versionNo).toBe(2);
    expect(doc.earlier.map((v) => v.versionNo)).toEqual([1]);
  });

  it('the index searches by name or code, of the unit or its department', async () => {
    expect((await listPublishedDocuments(t.db, { q: '市场监督' })).map((d) => d.orgCode)).toEqual(['029']);
    expect((await listPublishedDocuments(t.db, { q: '029' })).map((d) => d.orgCode)).toEqual(['029']);
    expect(await listPublishedDocuments(t.db, { q: '示例' })).toEqual([]);
    expect(await listPublishedDocuments(t.db, { year: 2027 })).toEqual([]);
    for (const wildcard of ['%', '_', '0_9', '%监督%', '\\']) expect(await listPublishedDocuments(t.db, { q: wildcard })).toEqual([]);
  });
});

describe('attachments', () => {
  it('serves only attachments frozen into a published version', async () => {
    const budget = await t.db.budget.findFirstOrThrow({ where: { org: { code: '029' }, year: 2026 } });
    const bytes = new TextEncoder().encode('阳财购〔2024〕5号');
    const listed = await t.db.attachment.create({
      data: {
        budgetId: budget.id,
        title: '集中采购目录及采购限额标准',
        fileName: '阳财购〔2024〕5号.txt',
        mimeType: 'text/plain',
        size: bytes.length,
        content: bytes,
      },
    });
    const input = (await loadDisclosureInput(t.db, '029', 2026))!;
    const frozen = await freezeVersion(t.db, input);
    await t.db.budgetVersion.create({ data: { budgetId: budget.id, versionNo: 3, status: 'PUBLISHED', ...frozen.columns, publishedAt: new Date() } });
    const later = await t.db.attachment.create({
      data: { budgetId: budget.id, title: '公开后才上传', fileName: 'later.txt', mimeType: 'text/plain', size: 1, content: new Uint8Array([65]) },
    });
    const d = (await getPublicDocument(t.db, '029', 2026))!;
    expect(d.attachments.map((a) => a.title)).toEqual(['集中采购目录及采购限额标准']);
    const got = await getPublishedAttachment(t.db, '029', 2026, listed.id);
    expect(new TextDecoder().decode(got!.content)).toBe('阳财购〔2024〕5号');
    expect(await getPublishedAttachment(t.db, '029', 2026, later.id)).toBeNull();
    expect(await getPublishedAttachment(t.db, '901001', 2026, listed.id)).toBeNull();
  });
});
