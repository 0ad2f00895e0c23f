import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { expectedPgType, parsePrismaSchema, parsePrismaSchemaText } from '../helpers/parse-prisma-schema';
import { compareShapes, expectedShape, normaliseDbDefault, readDatabaseShape, type SchemaShape } from '../helpers/schema-drift';
import { listMigrations } from '../../lib/db/migrate';

const schemaFile = path.resolve('prisma/schema.prisma');
const schema = parsePrismaSchema(schemaFile);
let t: TestDatabase;
let database: SchemaShape;

beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
  database = await readDatabaseShape((sql) => t.query(sql));
});
afterAll(async () => t?.drop());

describe('schema.prisma and the SQL migrations agree', () => {
  it('every declared table exists and no undeclared table does', async () => {
    const rows = await t.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const actual = rows
      .map((r) => r.table_name)
      .filter((n) => n !== '_prisma_migrations')
      .sort();
    expect(actual).toEqual(schema.models.map((m) => m.table).sort());
  });

  it('every column has the declared type, precision and nullability, and there are no extra columns', async () => {
    const cols = await t.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      numeric_precision: number | null;
      numeric_scale: number | null;
    }>(`SELECT table_name, column_name, data_type, udt_name, is_nullable, numeric_precision, numeric_scale
        FROM information_schema.columns WHERE table_schema = 'public'`);
    for (const model of schema.models) {
      const actual = cols.filter((c) => c.table_name === model.table);
      expect(actual.map((c) => c.column_name).sort(), model.table).toEqual(model.columns.map((c) => c.column).sort());
      for (const c of model.columns) {
        const a = actual.find((x) => x.column_name === c.column)!;
        const where = `${model.table}.${c.column}`;
        expect(a.data_type, where).toBe(expectedPgType(c, schema.enums));
        if (schema.enums.has(c.type)) expect(a.udt_name, where).toBe(c.type);
        expect(a.is_nullable === 'YES', where).toBe(c.nullable);
        const dec = /^Decimal\((\d+),\s*(\d+)\)$/.exec(c.nativeType ?? '');
        if (dec) expect([a.numeric_precision, a.numeric_scale], where).toEqual([Number(dec[1]), Number(dec[2])]);
      }
    }
  });

  it('every declared enum exists with the same values in order', async () => {
    const rows = await t.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = new Map(rows.map((r) => [r.typname, r.labels]));
    expect([...actual.keys()].sort()).toEqual([...schema.enums.keys()].sort());
    for (const [name, values] of schema.enums) expect(actual.get(name), name).toEqual(values);
  });

  it('primary keys, unique constraints, indexes, foreign keys (with their actions) and column defaults agree', () => {
    expect(compareShapes(expectedShape(schema), database)).toEqual([]);
    // and the reading is not vacuous
    expect(database.constraints).toContain('foreign key expenditure_line(budget_id, year) → budget(id, year) ON DELETE CASCADE ON UPDATE CASCADE');
    expect(database.constraints).toContain('primary key user_unit(user_id, org_id)');
    expect(database.defaults.get('budget.status')).toBe("'DRAFT'");
    expect(database.defaults.get('audit_log.id')).toBe('autoincrement()');
    expect(database.constraints.length).toBeGreaterThan(80);
  });

  it('records every migration in _prisma_migrations with its sha256 checksum', async () => {
    const rows = await t.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(listMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });
});

/** Replaces exactly one occurrence of `from` in `text` (so a schema edit cannot silently miss). */
function edit(text: string, from: string | RegExp, to: string): string {
  const hits = typeof from === 'string' ? text.split(from).length - 1 : [...text.matchAll(new RegExp(from.source, 'g'))].length;
  if (hits !== 1) throw new Error(`expected one match of ${from}, found ${hits}`);
  return text.replace(from, to);
}

describe('the drift comparison itself', () => {
  it('reports each deliberate drift of a modified schema.prisma against the migrated database', () => {
    let drifted = readFileSync(schemaFile, 'utf8');
    // an extra @@unique
    drifted = edit(drifted, '  @@index([orgId])\n  @@map("project")', '  @@index([orgId])\n  @@unique([orgId, name])\n  @@map("project")');
    // a changed onDelete
    drifted = edit(
      drifted,
      /(budget Budget @relation\(fields: \[budgetId\], references: \[id\], onDelete: )Cascade(\)\n\n {2}@@unique\(\[budgetId, itemKey\]\))/,
      '$1Restrict$2',
    );
    // a changed @default (literal) and a dropped @default(now())
    drifted = edit(drifted, /(version\s+Int\s+)@default\(1\)/, '$1@default(2)');
    drifted = edit(
      drifted,
      /(createdAt\s+DateTime\s+)@default\(now\(\)\)( @map\("created_at"\) @db\.Timestamptz\(3\)\n\n {2}@@id\(\[versionId, format, revision\]\))/,
      '$1$2',
    );
    // a dropped @@index
    drifted = edit(drifted, '  @@index([parentId])\n', '');
    // a dropped @unique
    drifted = edit(drifted, /(username\s+String\s+)@unique/, '$1');
    // a changed primary key
    drifted = edit(drifted, '@@id([versionId, format, revision])', '@@id([versionId, format])');

    const differences = compareShapes(expectedShape(parsePrismaSchemaText(drifted)), database);
    expect(differences.sort()).toEqual(
      [
        'missing in the database: unique project(org_id, name)',
        'missing in the database: foreign key procurement_item(budget_id) → budget(id) ON DELETE RESTRICT ON UPDATE CASCADE',
        'not in schema.prisma: foreign key procurement_item(budget_id) → budget(id) ON DELETE CASCADE ON UPDATE CASCADE',
        'default of budget.version: schema.prisma 2, database 1',
        'default of export_file.created_at: schema.prisma (none), database CURRENT_TIMESTAMP',
        'not in schema.prisma: index organization(parent_id)',
        'not in schema.prisma: unique app_user(username)',
        'missing in the database: primary key export_file(version_id, format)',
        'not in schema.prisma: primary key export_file(version_id, format, revision)',
      ].sort(),
    );
  });

  it('agrees with itself and normalises PostgreSQL default expressions', () => {
    const shape = expectedShape(schema);
    expect(compareShapes(shape, shape)).toEqual([]);
    expect(normaliseDbDefault(`'DRAFT'::"BudgetStatus"`)).toBe("'DRAFT'");
    expect(normaliseDbDefault(`''::text`)).toBe("''");
    expect(normaliseDbDefault(`nextval('audit_log_id_seq'::regclass)`)).toBe('autoincrement()');
    expect(normaliseDbDefault('CURRENT_TIMESTAMP')).toBe('CURRENT_TIMESTAMP');
    expect(normaliseDbDefault(`'-1'::integer`)).toBe('-1');
    expect(normaliseDbDefault(`'-1'::text`)).toBe("'-1'");
    expect(normaliseDbDefault('0')).toBe('0');
    expect(normaliseDbDefault(null)).toBe(null);
  });
});
