import type { DeclaredColumn, DeclaredSchema } from './parse-prisma-schema';

// The keys, indexes, foreign keys and column defaults of a schema, in one comparable shape, read
// either from schema.prisma (expectedShape) or from a migrated database (readDatabaseShape).
// compareShapes lists every difference in words; an empty list means they agree.
//
// Canonical forms (columns are database column names, in declared order):
//   primary key budget(id)
//   unique budget(org_id, year)
//   index budget(year, status)
//   foreign key expenditure_line(budget_id, year) → budget(id, year) ON DELETE CASCADE ON UPDATE CASCADE
// Defaults are keyed "table.column" with a normalised SQL value: CURRENT_TIMESTAMP, autoincrement(),
// 'text', 0, true, or null for none. Prisma generates uuid()/cuid() in the client and @updatedAt in
// the client, so those columns carry no database default.
// Not compared: CHECK constraints, triggers and index/constraint names (migrations add CHECKs Prisma
// cannot express; an index is matched by its table, columns and uniqueness).

export interface SchemaShape {
  constraints: string[];
  defaults: Map<string, string | null>;
}

export type Query = <T extends Record<string, unknown>>(sql: string) => Promise<T[]>;

const ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};
const PG_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const CLIENT_SIDE_DEFAULTS = /^(uuid|cuid|nanoid|ulid)\(.*\)$/;
const NUMERIC = new Set(['Int', 'BigInt', 'Decimal', 'Float']);

function cols(table: string, columns: string[]): string {
  return `${table}(${columns.join(', ')})`;
}

function fkLine(table: string, columns: string[], refTable: string, refColumns: string[], onDelete: string, onUpdate: string): string {
  return `foreign key ${cols(table, columns)} → ${cols(refTable, refColumns)} ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
}

/** The database default Prisma gives a column, normalised like normaliseDbDefault. */
export function expectedDefault(c: DeclaredColumn): string | null {
  const d = c.default;
  if (d === null || CLIENT_SIDE_DEFAULTS.test(d)) return null;
  if (d === 'now()') return 'CURRENT_TIMESTAMP';
  if (d === 'autoincrement()') return 'autoincrement()';
  const generated = /^dbgenerated\(\s*"(.*)"\s*\)$/.exec(d);
  if (generated) return generated[1].replace(/\\"/g, '"');
  const str = /^"(.*)"$/.exec(d);
  if (str) return `'${str[1].replace(/\\"/g, '"').replace(/'/g, "''")}'`;
  if (d === 'true' || d === 'false') return d;
  if (NUMERIC.has(c.type)) return String(Number(d));
  return `'${d}'`; // an enum value
}

/** pg_get_expr of a column default → the form expectedDefault writes. */
export function normaliseDbDefault(expr: string | null): string | null {
  if (expr === null) return null;
  let e = expr.trim();
  if (/^nextval\(/.test(e)) return 'autoincrement()';
  let numericCast = false;
  for (let m = /::("[^"]+"|[a-z ]+)(\(\d+(,\s*\d+)?\))?$/i.exec(e); m; m = /::("[^"]+"|[a-z ]+)(\(\d+(,\s*\d+)?\))?$/i.exec(e)) {
    numericCast ||= /^(integer|bigint|smallint|numeric|double precision|real)$/i.test(m[1].trim());
    e = e.slice(0, m.index).trim();
  }
  if (/^(now\(\)|CURRENT_TIMESTAMP)$/i.test(e)) return 'CURRENT_TIMESTAMP';
  const n = /^\(?'?(-?\d+(?:\.\d+)?)'?\)?$/.exec(e);
  if (n && (numericCast || !e.includes("'"))) return String(Number(n[1]));
  return e;
}

export function expectedShape(schema: DeclaredSchema): SchemaShape {
  const constraints: string[] = [];
  const defaults = new Map<string, string | null>();
  const byName = new Map(schema.models.map((m) => [m.name, m]));
  for (const model of schema.models) {
    const column = (field: string) => {
      const c = model.columns.find((x) => x.field === field);
      if (!c) throw new Error(`${model.name}.${field} is not a scalar field`);
      return c.column;
    };
    const ids = model.columns.filter((c) => c.isId).map((c) => [c.field]);
    for (const id of [...ids, ...model.ids]) constraints.push(`primary key ${cols(model.table, id.map(column))}`);
    for (const c of model.columns) if (c.isUnique) constraints.push(`unique ${cols(model.table, [c.column])}`);
    for (const u of model.uniques) constraints.push(`unique ${cols(model.table, u.map(column))}`);
    for (const i of model.indexes) constraints.push(`index ${cols(model.table, i.map(column))}`);
    for (const r of model.relations) {
      const target = byName.get(r.model)!;
      const refColumn = (field: string) => target.columns.find((x) => x.field === field)!.column;
      constraints.push(
        fkLine(
          model.table,
          r.fields.map(column),
          target.table,
          r.references.map(refColumn),
          ACTIONS[r.onDelete ?? (r.optional ? 'SetNull' : 'Restrict')],
          ACTIONS[r.onUpdate ?? 'Cascade'],
        ),
      );
    }
    for (const c of model.columns) defaults.set(`${model.table}.${c.column}`, expectedDefault(c));
  }
  return { constraints: constraints.sort(), defaults };
}

export async function readDatabaseShape(query: Query, ignoreTables: string[] = ['_prisma_migrations']): Promise<SchemaShape> {
  const skip = new Set(ignoreTables);
  const indexes = await query<{ table: string; unique: boolean; primary: boolean; columns: (string | null)[]; special: boolean; def: string }>(`
    SELECT c.relname AS "table", x.indisunique AS "unique", x.indisprimary AS "primary",
           (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL) AS special, pg_get_indexdef(x.indexrelid) AS def,
           array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, n)
                 LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                 WHERE k.n <= x.indnkeyatts ORDER BY k.n)::text[] AS columns
    FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = 'public'`);
  const fks = await query<{ table: string; ref_table: string; columns: string[]; ref_columns: string[]; del: string; upd: string }>(`
    SELECT cl.relname AS "table", rc.relname AS ref_table, con.confdeltype AS del, con.confupdtype AS upd,
           array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
           array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS ref_columns
    FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class rc ON rc.oid = con.confrelid
    JOIN pg_namespace ns ON ns.oid = con.connamespace
    WHERE con.contype = 'f' AND ns.nspname = 'public'`);
  const defs = await query<{ table: string; column: string; expr: string | null }>(`
    SELECT c.relname AS "table", a.attname AS "column", pg_get_expr(d.adbin, d.adrelid) AS expr
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace ns ON ns.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE ns.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  const constraints: string[] = [];
  for (const i of indexes) {
    if (skip.has(i.table)) continue;
    if (i.special) constraints.push(`index (partial or expression) ${i.def}`);
    else constraints.push(`${i.primary ? 'primary key' : i.unique ? 'unique' : 'index'} ${cols(i.table, i.columns as string[])}`);
  }
  for (const f of fks) {
    if (skip.has(f.table)) continue;
    constraints.push(fkLine(f.table, f.columns, f.ref_table, f.ref_columns, PG_ACTIONS[f.del], PG_ACTIONS[f.upd]));
  }
  const defaults = new Map<string, string | null>();
  for (const d of defs) if (!skip.has(d.table)) defaults.set(`${d.table}.${d.column}`, normaliseDbDefault(d.expr));
  return { constraints: constraints.sort(), defaults };
}

/** Every difference between the declared and the migrated shape, in words; [] when they agree. */
export function compareShapes(declared: SchemaShape, database: SchemaShape): string[] {
  const out: string[] = [];
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const want = count(declared.constraints);
  const have = count(database.constraints);
  for (const [c, n] of want) if ((have.get(c) ?? 0) < n) out.push(`missing in the database: ${c}`);
  for (const [c, n] of have) if ((want.get(c) ?? 0) < n) out.push(`not in schema.prisma: ${c}`);
  for (const [key, value] of declared.defaults) {
    if (!database.defaults.has(key)) continue; // a missing column is the column test's finding
    const actual = database.defaults.get(key) ?? null;
    if (actual !== value) out.push(`default of ${key}: schema.prisma ${value ?? '(none)'}, database ${actual ?? '(none)'}`);
  }
  return out;
}
