import { readFileSync } from 'node:fs';

// A small reader of schema.prisma, enough to compare the declared tables and columns with the
// migrated database (the Prisma engine that would do this cannot be downloaded here).

export interface DeclaredColumn {
  field: string;
  column: string;
  type: string; // Prisma scalar or enum name
  nativeType: string | null; // e.g. Decimal(18, 2), Uuid, Timestamptz(3)
  nullable: boolean;
  /** A scalar list (a PostgreSQL array). */
  list: boolean;
}

export interface DeclaredModel {
  name: string;
  table: string;
  columns: DeclaredColumn[];
}

export interface DeclaredSchema {
  models: DeclaredModel[];
  enums: Map<string, string[]>;
}

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Boolean', 'DateTime', 'Decimal', 'Json', 'Bytes', 'Float']);

export function parsePrismaSchema(file: string): DeclaredSchema {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums.set(m[1], m[2].split(/\s+/).filter(Boolean));
  }
  const models: DeclaredModel[] = [];
  for (const m of text.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)) {
    const body = m[2];
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? m[1];
    const columns: DeclaredColumn[] = [];
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      const f = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!f || line.startsWith('@@')) continue;
      const [, field, type, list, optional, rest] = f;
      if (!SCALARS.has(type) && !enums.has(type)) continue; // relation fields
      columns.push({
        field,
        column: /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? field,
        type,
        nativeType: /@db\.(\w+(?:\([^)]*\))?)/.exec(rest)?.[1] ?? null,
        nullable: Boolean(optional),
        list: Boolean(list),
      });
    }
    models.push({ name: m[1], table, columns });
  }
  return { models, enums };
}

/** The information_schema data_type a declared column must have in PostgreSQL. */
export function expectedPgType(c: DeclaredColumn, enums: Map<string, string[]>): string {
  if (c.list) return 'ARRAY';
  if (enums.has(c.type)) return 'USER-DEFINED';
  if (c.nativeType?.startsWith('Uuid')) return 'uuid';
  if (c.nativeType?.startsWith('Timestamptz')) return 'timestamp with time zone';
  const byType: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Boolean: 'boolean',
    DateTime: 'timestamp without time zone',
    Decimal: 'numeric',
    Json: 'jsonb',
    Bytes: 'bytea',
    Float: 'double precision',
  };
  return byType[c.type];
}
