import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { expectedPgType, parsePrismaSchema } from '../helpers/parse-prisma-schema';
import { listMigrations } from '../../lib/db/migrate';

const schema = parsePrismaSchema(path.resolve('prisma/schema.prisma'));
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(async () => t?.drop());

describe('schema.prisma and the SQL migrations agree', () => {
  it('every declared table exists and no undeclared table does', async () => {
    const rows = await t.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const actual = rows.map((r) => r.table_name).filter((n) => n !== '_prisma_migrations').sort();
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

  it('records every migration in _prisma_migrations with its sha256 checksum', async () => {
    const rows = await t.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(listMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });
});
