import { readFileSync } from 'node:fs';

// A small reader of schema.prisma, enough to compare the declared tables, columns, keys, indexes,
// foreign keys and defaults with the migrated database (the Prisma engine that would do this cannot
// be downloaded here). See tests/helpers/schema-drift.ts for the comparison.

export interface DeclaredColumn {
  field: string;
  column: string;
  type: string; // Prisma scalar or enum name
  nativeType: string | null; // e.g. Decimal(18, 2), Uuid, Timestamptz(3)
  nullable: boolean;
  /** A scalar list (a PostgreSQL array). */
  list: boolean;
  /** The argument of @default(…) as written, e.g. `now()`, `uuid()`, `""`, `0`, `DRAFT`; null without one. */
  default: string | null;
  isId: boolean;
  isUnique: boolean;
}

export interface DeclaredRelation {
  field: string;
  model: string; // the referenced model
  fields: string[];
  references: string[];
  onDelete: string | null; // as written: Cascade, Restrict, SetNull, NoAction, SetDefault
  onUpdate: string | null;
  optional: boolean;
}

export interface DeclaredModel {
  name: string;
  table: string;
  columns: DeclaredColumn[];
  /** Field names of @@id, @@unique and @@index, in order. */
  ids: string[][];
  uniques: string[][];
  indexes: string[][];
  relations: DeclaredRelation[];
}

export interface DeclaredSchema {
  models: DeclaredModel[];
  enums: Map<string, string[]>;
}

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Boolean', 'DateTime', 'Decimal', 'Json', 'Bytes', 'Float']);

/** The text inside the parentheses that open at `open` (which must be '('), nested parentheses and strings included. */
function balanced(s: string, open: number): string {
  let depth = 0;
  let inString = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return s.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses in: ${s}`);
}

/** The argument list of attribute `name` (e.g. '@default', '@@index') in `s`, or null when absent. */
function attributeArgs(s: string, name: string): string | null {
  const re = new RegExp(`${name.replace(/@/g, '@')}(?![\\w.])\\s*\\(`);
  const m = re.exec(s);
  if (!m) return null;
  return balanced(s, m.index + m[0].length - 1);
}

/** `[a, b(sort: Desc)]` → ['a', 'b']. */
function fieldList(s: string | undefined): string[] {
  if (!s) return [];
  return s
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

function namedArg(args: string, name: string): string | undefined {
  const list = new RegExp(`\\b${name}\\s*:\\s*\\[([^\\]]*)\\]`).exec(args);
  if (list) return list[1];
  return new RegExp(`\\b${name}\\s*:\\s*(\\w+)`).exec(args)?.[1];
}

export function parsePrismaSchema(file: string): DeclaredSchema {
  return parsePrismaSchemaText(readFileSync(file, 'utf8'));
}

export function parsePrismaSchemaText(source: string): DeclaredSchema {
  const text = source.replace(/\/\/.*$/gm, '');
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums.set(m[1], m[2].split(/\s+/).filter(Boolean));
  }
  const modelNames = new Set([...text.matchAll(/model\s+(\w+)\s*\{/g)].map((m) => m[1]));
  const models: DeclaredModel[] = [];
  for (const m of text.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)) {
    const body = m[2];
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? m[1];
    const model: DeclaredModel = { name: m[1], table, columns: [], ids: [], uniques: [], indexes: [], relations: [] };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('@@')) {
        for (const [attr, into] of [
          ['@@id', model.ids],
          ['@@unique', model.uniques],
          ['@@index', model.indexes],
        ] as const) {
          if (new RegExp(`^${attr}\\s*\\(`).test(line)) {
            const args = attributeArgs(line, attr)!;
            into.push(fieldList(namedArg(args, 'fields') ?? /^\s*\[([^\]]*)\]/.exec(args)?.[1]));
          }
        }
        continue;
      }
      const f = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!f) continue;
      const [, field, type, list, optional, rest] = f;
      if (modelNames.has(type)) {
        const args = attributeArgs(rest, '@relation');
        const fields = fieldList(args ? namedArg(args, 'fields') : undefined);
        if (!list && fields.length > 0) {
          model.relations.push({
            field,
            model: type,
            fields,
            references: fieldList(namedArg(args!, 'references')),
            onDelete: namedArg(args!, 'onDelete') ?? null,
            onUpdate: namedArg(args!, 'onUpdate') ?? null,
            optional: Boolean(optional),
          });
        }
        continue;
      }
      if (!SCALARS.has(type) && !enums.has(type)) continue;
      model.columns.push({
        list: Boolean(list),
        field,
        column: /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? field,
        type,
        nativeType: /@db\.(\w+(?:\([^)]*\))?)/.exec(rest)?.[1] ?? null,
        nullable: Boolean(optional),
        default: attributeArgs(rest, '@default')?.trim() ?? null,
        isId: /@id(?![\w.])/.test(rest),
        isUnique: /@unique(?![\w.])/.test(rest),
      });
    }
    models.push(model);
  }
  return { models, enums };
}

/** The information_schema data_type a declared column must have in PostgreSQL. */
export function expectedPgType(c: DeclaredColumn, enums: Map<string, string[]>): string {
  if (c.list) return 'ARRAY';
  if (enums.has(c.type)) return 'USER-DEFINED';
  if (c.nativeType?.startsWith('Uuid')) return 'uuid';
  if (c.nativeType?.startsWith('Timestamptz')) return 'timestamp with time zone';
  if (c.nativeType === 'Date') return 'date';
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
