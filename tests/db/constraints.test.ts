import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let t: TestDatabase;
let budgetId: string;
let projectId: string;

async function insertLine(overrides: Record<string, unknown> = {}) {
  const v = {
    function_code: '2013801',
    kind: 'BASIC',
    project_id: null,
    dept_econ_code: '30101',
    gov_econ_code: '50101',
    amount: '100.00',
    year: 2026,
    ...overrides,
  };
  await t.query(
    `INSERT INTO expenditure_line (id, budget_id, year, line_key, function_code, kind, project_id, dept_econ_code, gov_econ_code, source, timing, amount)
     VALUES (gen_random_uuid(), $1, $2, gen_random_uuid()::text, $3, $4, $5, $6, $7, 'GENERAL', 'CURRENT', $8)`,
    [budgetId, v.year, v.function_code, v.kind, v.project_id, v.dept_econ_code, v.gov_econ_code, v.amount],
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  const [b] = await t.query<{ id: string }>(`SELECT b.id FROM budget b JOIN organization o ON o.id = b.org_id WHERE o.code = '029' AND b.year = 2026`);
  budgetId = b.id;
  const [p] = await t.query<{ id: string }>(`SELECT id FROM project LIMIT 1`);
  projectId = p.id;
});
afterAll(async () => t?.drop());

describe('the database enforces what must hold', () => {
  it('accepts a valid line', async () => {
    await expect(insertLine()).resolves.toBeUndefined();
  });

  it('refuses a function code that is not in that year’s catalogue', async () => {
    await expect(insertLine({ function_code: '2999999' })).rejects.toThrow(/expenditure_line_year_function_code_fkey/);
  });

  it('refuses a line booked at 款 rather than 项 level', async () => {
    await expect(insertLine({ function_code: '20138' })).rejects.toThrow(/expenditure_line_function_code_check/);
  });

  it('refuses an economic code missing from the catalogue', async () => {
    await expect(insertLine({ dept_econ_code: '30198' })).rejects.toThrow(/dept_econ_code_fkey/);
  });

  it('refuses a line whose year differs from its budget’s year', async () => {
    await expect(insertLine({ year: 2027 })).rejects.toThrow(/expenditure_line_budget_id_year_fkey/);
  });

  it('refuses negative amounts, amounts of 1e12 元 and more, and more than two decimals', async () => {
    await expect(insertLine({ amount: '-0.01' })).rejects.toThrow(/expenditure_line_amount_check/);
    await expect(insertLine({ amount: '1000000000000' })).rejects.toThrow(/numeric field overflow|amount_check/);
    await insertLine({ amount: '1.005' });
    const rows = await t.query<{ amount: string }>(`SELECT amount::text FROM expenditure_line WHERE amount = 1.01`);
    expect(rows.length).toBeGreaterThan(0); // NUMERIC(18,2) keeps exactly two decimals
  });

  it('requires a project on 项目支出 lines and forbids one on 基本支出 lines', async () => {
    await expect(insertLine({ kind: 'PROJECT' })).rejects.toThrow(/expenditure_line_project_check/);
    await expect(insertLine({ project_id: projectId })).rejects.toThrow(/expenditure_line_project_check/);
    await expect(insertLine({ kind: 'PROJECT', project_id: projectId })).resolves.toBeUndefined();
  });

  it('allows one budget per unit and year', async () => {
    await expect(
      t.query(`INSERT INTO budget (id, org_id, year, updated_at) SELECT gen_random_uuid(), org_id, year, now() FROM budget WHERE id = $1`, [budgetId]),
    ).rejects.toThrow(/budget_org_id_year_key/);
  });

  it('keeps the catalogue hierarchy: a 项 needs its 款', async () => {
    await expect(t.query(`INSERT INTO function_subject (year, code, name, parent_code) VALUES (2026, '2999901', '孤立项', '29999')`)).rejects.toThrow(
      /function_subject_year_parent_code_fkey/,
    );
    await expect(t.query(`INSERT INTO function_subject (year, code, name, parent_code) VALUES (2026, '2013898', '错挂项', '20132')`)).rejects.toThrow(
      /function_subject_parent_check/,
    );
  });

  it('makes the audit log append-only', async () => {
    const [row] = await t.query<{ id: string }>(`SELECT id::text FROM audit_log LIMIT 1`);
    expect(row).toBeDefined();
    await expect(t.query(`UPDATE audit_log SET action = 'x' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(t.query(`DELETE FROM audit_log WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(t.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('has CHECK constraints and foreign keys on every budget table', async () => {
    const checks = await t.query<{ table: string }>(
      `SELECT DISTINCT conrelid::regclass::text AS table FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
    );
    for (const table of ['expenditure_line', 'function_subject', 'project_funding', 'procurement_item', 'attachment', 'prior_year_figure']) {
      expect(checks.map((c) => c.table)).toContain(table);
    }
  });
});
