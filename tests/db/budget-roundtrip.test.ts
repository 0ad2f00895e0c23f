import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { deriveDocument } from '../../lib/domain/derive-document';
import { yangquanInput } from '../../prisma/seed-data/yangquan-2026';
import type { UnitBudget } from '../../lib/domain/types';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

function normalise(u: UnitBudget) {
  const num = (s: string | null | undefined) => (s == null ? null : String(Number(s)));
  return {
    ...u,
    lines: u.lines.map((l) => ({ ...l, amount: Number(l.amount).toFixed(2) })),
    procurement: u.procurement.map((p) => ({ ...p, amount: Number(p.amount).toFixed(2) })),
    projects: u.projects.map((p) => ({
      ...p,
      fundingPeriod: Object.fromEntries(Object.entries(p.fundingPeriod).map(([k, v]) => [k, Number(v).toFixed(2)])),
      fundingYear: Object.fromEntries(Object.entries(p.fundingYear).map(([k, v]) => [k, Number(v).toFixed(2)])),
      indicatorsPeriod: p.indicatorsPeriod.map((i) => ({
        ...i,
        value: { comparator: i.value.comparator ?? null, number: num(i.value.number), unit: i.value.unit ?? null, text: i.value.text ?? null },
      })),
      indicatorsYear: p.indicatorsYear.map((i) => ({
        ...i,
        value: { comparator: i.value.comparator ?? null, number: num(i.value.number), unit: i.value.unit ?? null, text: i.value.text ?? null },
      })),
    })),
    assets: { ...u.assets, officeArea: String(Number(u.assets.officeArea)) },
    priorYear: JSON.parse(JSON.stringify(u.priorYear, (_k, v) => (typeof v === 'string' ? Number(v).toFixed(2) : v))),
  };
}

describe('the seeded sample budget reads back unchanged', () => {
  it('loads 029/2026 from the database equal to the sample data', async () => {
    const fromDb = await loadDisclosureInput(t.db, '029', 2026);
    const sample = yangquanInput();
    expect(fromDb).not.toBeNull();
    expect(fromDb!.scope).toBe('UNIT');
    expect(fromDb!.org.code).toBe('029');
    expect(normalise(fromDb!.units[0])).toEqual(normalise(sample.units[0]));
  });

  it('derives the same document from the database as from the sample data', async () => {
    const fromDb = await loadDisclosureInput(t.db, '029', 2026);
    expect(deriveDocument(fromDb!)).toEqual(deriveDocument(yangquanInput()));
  });

  it('returns null for an unknown organisation or a year without a budget', async () => {
    expect(await loadDisclosureInput(t.db, '999', 2026)).toBeNull();
    expect(await loadDisclosureInput(t.db, '029', 2027)).toBeNull();
  });
});
