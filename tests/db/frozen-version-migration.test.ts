import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf } from '../helpers/session-users';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { loadUnitBudget } from '../../lib/data/internal/load-unit-budget';
import { getPublicDocument } from '../../lib/data/public/public-documents';
import { deriveDocument } from '../../lib/domain/derive-document';
import { FrozenFormatError, parseFrozenDocument, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';

// Versions stored in format 1 (the seed's DisclosureInput shape and the workflow's bare UnitBudget)
// are rewritten by the migration, so a database written before the one format heals.

const MIGRATION = readFileSync(path.resolve('prisma/migrations/20261130000100_frozen_version_format/migration.sql'), 'utf8');

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

async function insertVersion(budgetId: string, versionNo: number, snapshot: unknown, document: unknown): Promise<void> {
  await t.query(
    `INSERT INTO budget_version (id, budget_id, version_no, status, snapshot, document, published_at, correction_note)
     VALUES (gen_random_uuid(), $1, $2, 'PUBLISHED', $3::jsonb, $4::jsonb, now(), $5)`,
    [budgetId, versionNo, JSON.stringify(snapshot), JSON.stringify(document), versionNo > 1 ? '更正' : null],
  );
}

describe('migration 20261130000100_frozen_version_format', () => {
  it('rewrites both format-1 shapes so the public reader renders them, and leaves format 2 alone', async () => {
    const unitId = await budgetIdOf(t.db, '901001');
    const unitBudget = await loadUnitBudget(t.db, unitId);
    const unitDoc = deriveDocument((await loadDisclosureInput(t.db, '901001', 2026))!);
    await insertVersion(unitId, 1, unitBudget, unitDoc); // what the workflow used to store

    const sampleId = await budgetIdOf(t.db, '029');
    const sampleInput = (await loadDisclosureInput(t.db, '029', 2026))!;
    const glossary = [{ term: '旧名词', definition: '冻结时的解释' }];
    await insertVersion(sampleId, 2, { ...sampleInput, glossary }, deriveDocument(sampleInput)); // what the seed used to store

    const [seeded] = await t.query<{ snapshot: unknown }>(`SELECT snapshot FROM budget_version WHERE budget_id = $1 AND version_no = 1`, [sampleId]);
    const [legacy] = await t.query<{ snapshot: unknown }>(`SELECT snapshot FROM budget_version WHERE budget_id = $1`, [unitId]);
    expect(() => parseFrozenSnapshot(legacy.snapshot)).toThrow(FrozenFormatError);

    await t.query(MIGRATION);

    const unit = (await getPublicDocument(t.db, '901001', 2026))!;
    expect(unit.document.tables).toEqual(unitDoc.tables);
    expect(unit.profile.duties).toBe(unitBudget.unit.duties);
    expect(unit.glossary.map((g) => g.term)).toContain('基本支出');
    const rewritten = parseFrozenSnapshot(
      (await t.query<{ snapshot: unknown }>(`SELECT snapshot FROM budget_version WHERE budget_id = $1`, [unitId]))[0].snapshot,
    );
    expect(rewritten.input.units[0]).toEqual(unitBudget);
    expect(rewritten.input.catalogs.functions.length).toBeGreaterThan(100);

    const corrected = (await getPublicDocument(t.db, '029', 2026))!;
    expect(corrected.versionNo).toBe(2);
    expect(corrected.glossary).toEqual(glossary);
    const [after] = await t.query<{ snapshot: unknown; document: unknown }>(
      `SELECT snapshot, document FROM budget_version WHERE budget_id = $1 AND version_no = 1`,
      [sampleId],
    );
    expect(after.snapshot).toEqual(seeded.snapshot);
    expect(parseFrozenDocument(after.document).tables).toHaveLength(13);
  });

  it('the immutability trigger is back in force after the rewrite', async () => {
    await expect(t.query(`UPDATE budget_version SET document = '{}'::jsonb`)).rejects.toThrow(/不能修改/);
  });
});
