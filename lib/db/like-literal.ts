/**
 * User text for Prisma's contains/startsWith, which PostgreSQL runs as LIKE: `%` and `_` (and the
 * escape character itself) are escaped so they match only themselves.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
