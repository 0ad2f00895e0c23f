import pg from 'pg';

// The app serves requests as a runtime role that is no superuser and owns nothing, so it cannot turn off
// the audit and version triggers (SET session_replication_role, ALTER TABLE … DISABLE TRIGGER) or rewrite
// history: on audit_log it may only read and append, and no frozen version can be deleted. Migrations
// and the seed run as the owner.

export const RUNTIME_ROLE = 'yusuantong_app';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`数据库角色名无效：${name}`);
  return `"${name}"`;
}

/** The privileges of the runtime role on the migrated schema; run after every migration (new tables included). */
export async function grantRuntimePrivileges(client: pg.Client, role: string): Promise<void> {
  const r = ident(role);
  const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
  await client.query(`GRANT CONNECT ON DATABASE "${rows[0].db.replace(/"/g, '')}" TO ${r}`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
  await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM ${r}`);
  await client.query(`REVOKE DELETE, TRUNCATE ON "budget_version" FROM ${r}`);
  await client.query(`REVOKE DELETE, TRUNCATE ON "department_version" FROM ${r}`);
  await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${r}`);
}

/**
 * Creates (or updates the password of) the runtime login role on the server of `ownerUrl`, grants its
 * privileges and returns the URL the app connects with.
 */
export async function ensureRuntimeRole(ownerUrl: string, password: string, role = RUNTIME_ROLE): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const r = ident(role);
    const literal = `'${password.replace(/'/g, "''")}'`;
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const options = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
    await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${r} WITH ${options} PASSWORD ${literal}`);
    await grantRuntimePrivileges(client, role);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** Refuses to serve through a superuser or the owner of the tables (a Chinese message says what to do). */
export async function assertRuntimeRole(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean; owns: boolean; name: string }>(
      `SELECT r.rolsuper AS superuser, current_user AS name,
              EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owns
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const me = rows[0];
    if (me?.superuser || me?.owns) {
      throw new Error(
        `应用不能以数据库${me.superuser ? '超级用户' : '表的所有者'}“${me.name}”运行：请让 DATABASE_URL 使用运行账号，` +
          `并把所有者连接串放在 MIGRATION_DATABASE_URL（见 README“外部 PostgreSQL”）`,
      );
    }
  } finally {
    await client.end();
  }
}

/** With an external server: grants the runtime privileges to the user of `appUrl`, connected as the owner. */
export async function grantToUrlRole(ownerUrl: string, appUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await grantRuntimePrivileges(client, decodeURIComponent(new URL(appUrl).username));
  } finally {
    await client.end();
  }
}
