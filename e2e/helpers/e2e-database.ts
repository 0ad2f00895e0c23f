// The e2e run's embedded PostgreSQL (started by playwright.config.ts's web server), for command-line
// tools that a spec runs against the same data. The embedded server's owner account.
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? '54339'}/yusuantong`;
