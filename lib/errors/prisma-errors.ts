import { AppError, conflict, invalid, isAppError } from './app-error';

// The one place that turns the database's refusals into Chinese AppErrors: a unique violation (P2002,
// typically two people creating the same budget or project at once), a foreign-key violation (P2003,
// a referenced row deleted meanwhile) and a CHECK violation. Everything else stays an internal error.

const UNIQUE_MESSAGES: Record<string, string> = {
  Budget: '该单位该年度的预算已由他人同时创建，请刷新页面',
  Project: '项目编码已被使用（可能是他人同时创建了同一项目），请刷新后重试',
  ProjectPlan: '该项目已在本预算中（可能是他人同时添加），请刷新后重试',
  User: '用户名已存在，请换一个用户名',
  Organization: '单位编码已存在，请刷新后重试',
  FiscalYear: '该预算年度已存在，请刷新页面',
  ExpenditureLine: '支出明细行号重复（可能是他人同时保存），请刷新后重试',
};

function field(e: object, key: string): unknown {
  return key in e ? Reflect.get(e, key) : undefined;
}

/** The Prisma error code (P2002…) or PostgreSQL SQLSTATE carried by an error or its causes. */
function codesOf(e: unknown, depth = 0): string[] {
  if (e === null || typeof e !== 'object' || depth > 4) return [];
  const own = [field(e, 'code'), field(e, 'originalCode')].filter((c): c is string => typeof c === 'string');
  const meta = field(e, 'meta');
  const nested = [field(e, 'cause'), meta && typeof meta === 'object' ? field(meta, 'driverAdapterError') : undefined];
  const kind = meta && typeof meta === 'object' ? field(meta, 'kind') : undefined;
  return [...own, ...(typeof kind === 'string' ? [kind] : []), ...nested.flatMap((n) => codesOf(n, depth + 1))];
}

function kindsOf(e: unknown, depth = 0): string[] {
  if (e === null || typeof e !== 'object' || depth > 5) return [];
  const kind = field(e, 'kind');
  const children = ['cause', 'meta', 'driverAdapterError'].map((k) => field(e, k));
  return [...(typeof kind === 'string' ? [kind] : []), ...children.flatMap((c) => kindsOf(c, depth + 1))];
}

function modelOf(e: object): string {
  const meta = field(e, 'meta');
  const name = meta && typeof meta === 'object' ? field(meta, 'modelName') : undefined;
  return typeof name === 'string' ? name : '';
}

/** The Chinese AppError for an error: AppErrors as they are, database refusals translated, otherwise null. */
export function appErrorOf(e: unknown): AppError | null {
  if (isAppError(e)) return e;
  if (e === null || typeof e !== 'object') return null;
  const codes = codesOf(e);
  const kinds = kindsOf(e);
  if (codes.includes('P2002') || codes.includes('23505') || kinds.includes('UniqueConstraintViolation')) {
    return conflict(UNIQUE_MESSAGES[modelOf(e)] ?? '数据已存在（可能是他人同时提交了相同内容），请刷新后重试');
  }
  if (codes.includes('P2003') || codes.includes('23503') || kinds.includes('ForeignKeyConstraintViolation')) {
    return invalid('引用的数据不存在或已被删除（例如科目、项目或单位），请刷新后重试');
  }
  if (codes.includes('23514') || kinds.includes('CheckConstraintViolation')) {
    return invalid('数据不符合填报规则，未保存；请检查填写的数值后重试');
  }
  return null;
}
