import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { prepareDatabase } from '../../lib/db/prepare-database';

// Two instances starting together on one empty database: both succeed, the sample is seeded once.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(async () => t?.drop());

describe('prepareDatabase from two instances at once', () => {
  it('migrates and seeds exactly once', async () => {
    await Promise.all([prepareDatabase(t.url, () => {}), prepareDatabase(t.url, () => {})]);
    const [years] = await t.query<{ n: string }>(`SELECT count(*)::text AS n FROM fiscal_year`);
    const [published] = await t.query<{ n: string }>(`SELECT count(*)::text AS n FROM budget_version`);
    const [seeds] = await t.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_log WHERE action = 'budget.seed'`);
    expect({ years: years.n, published: published.n, seeds: seeds.n }).toEqual({ years: '3', published: '1', seeds: '3' });
  }, 180_000);

  it('a seed that fails half-way writes nothing, and the next start seeds the database', async () => {
    const fresh = await createTestDatabase({ seed: false });
    try {
      // An organisation the seed is about to create: it fails after the years and catalogues are written.
      await fresh.query(`INSERT INTO organization (id, code, name, is_department, updated_at) VALUES (gen_random_uuid(), '029', '占位', true, now())`);
      await expect(prepareDatabase(fresh.url, () => {})).rejects.toThrow();
      const [years] = await fresh.query<{ n: string }>(`SELECT count(*)::text AS n FROM fiscal_year`);
      const [subjects] = await fresh.query<{ n: string }>(`SELECT count(*)::text AS n FROM function_subject`);
      expect({ years: years.n, subjects: subjects.n }).toEqual({ years: '0', subjects: '0' });
      await fresh.query(`DELETE FROM organization WHERE code = '029'`);
      await prepareDatabase(fresh.url, () => {});
      const [published] = await fresh.query<{ n: string }>(`SELECT count(*)::text AS n FROM budget_version`);
      expect(published.n).toBe('1');
    } finally {
      await fresh.drop();
    }
  }, 300_000);
});
