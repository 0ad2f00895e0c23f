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
});
