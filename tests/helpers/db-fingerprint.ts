import type { TestDatabase } from './test-database';

// Tables any server action or data route may write; login_attempt is left out (sign-in writes it by design).
export const WATCHED_TABLES = [
  'app_user',
  'user_unit',
  'organization',
  'fiscal_year',
  'function_subject',
  'dept_econ_subject',
  'gov_econ_subject',
  'glossary_entry',
  'budget',
  'expenditure_line',
  'project_plan',
  'budget_version',
  'review_comment',
  'audit_log',
] as const;

/** Row count and an md5 over every row of each watched table: equal fingerprints mean nothing changed. */
export async function dbFingerprint(t: TestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of WATCHED_TABLES) {
    const [row] = await t.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table}" x`,
    );
    out[table] = `${row.n}:${row.h}`;
  }
  return out;
}
