import { forbidden, notFound, unauthenticated } from '../errors/app-error';

// The one place that says which role may do what. Data-layer functions call assertCan and build
// their own authorised `where` from the acting user; the UI only mirrors this.

export type Role = 'ACCOUNTANT' | 'REVIEWER' | 'ADMIN' | 'DEPT_REVIEWER';

export const ROLE_LABELS: Record<Role, string> = {
  ACCOUNTANT: '单位填报人',
  REVIEWER: '财政局审核人',
  ADMIN: '系统管理员',
  DEPT_REVIEWER: '主管部门审核人',
};

/**
 * The signed-in user as the server sees it. `unitIds` are the organisation ids an accountant is bound to; for a
 * department reviewer, the department and every unit under it (lib/auth/session-version.ts expands the binding).
 */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
}

export type Permission =
  | 'budget.read' // see draft budgets and their derived documents (accountant: own units only)
  | 'budget.edit' // change budget data of a draft or returned budget (own units only)
  | 'budget.submit' // 草稿/退回修改 → 已提交 (own units only)
  | 'budget.review' // 已提交 → 退回修改 / 已批复, comment on submissions
  | 'budget.forward' // two-level departments: 已提交 → 待财政审核 (转报财政) or 退回修改 (own department's units only)
  | 'budget.publish' // 已批复 → 已公开, corrections after publication
  | 'review.queue' // the reviewer queue of all budgets of a year
  | 'audit.read' // audit trail of the budgets one may read (it holds draft data: never without budget.read)
  | 'user.manage'
  | 'org.manage'
  | 'catalog.manage'
  | 'fiscalYear.manage'
  | 'glossary.manage';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ACCOUNTANT: ['budget.read', 'budget.edit', 'budget.submit', 'audit.read'],
  REVIEWER: ['budget.read', 'budget.review', 'budget.publish', 'review.queue', 'audit.read'],
  ADMIN: ['user.manage', 'org.manage', 'catalog.manage', 'fiscalYear.manage', 'glossary.manage'],
  DEPT_REVIEWER: ['budget.read', 'budget.forward', 'review.queue', 'audit.read'],
};

/** Permissions that are limited to the accountant's own units (the department reviewer's department's units). */
const UNIT_SCOPED: ReadonlySet<Permission> = new Set(['budget.read', 'budget.edit', 'budget.submit', 'budget.forward', 'audit.read']);

/** Roles that see only the budgets of `unitIds`. */
export function isUnitScoped(user: SessionUser): boolean {
  return user.role === 'ACCOUNTANT' || user.role === 'DEPT_REVIEWER';
}

export function can(user: SessionUser | null, permission: Permission, unitId?: string): boolean {
  if (!user) return false;
  if (!ROLE_PERMISSIONS[user.role].includes(permission)) return false;
  if (isUnitScoped(user) && UNIT_SCOPED.has(permission) && unitId !== undefined) {
    return user.unitIds.includes(unitId);
  }
  return true;
}

const PERMISSION_TEXT: Record<Permission, string> = {
  'budget.read': '查看该预算',
  'budget.edit': '修改该预算',
  'budget.submit': '提交该预算',
  'budget.review': '审核预算',
  'budget.forward': '以主管部门身份审核预算',
  'budget.publish': '公开预算',
  'review.queue': '查看审核队列',
  'audit.read': '查看审计日志',
  'user.manage': '管理用户',
  'org.manage': '管理单位',
  'catalog.manage': '管理科目表',
  'fiscalYear.manage': '管理预算年度',
  'glossary.manage': '管理名词解释',
};

export function assertCan(user: SessionUser | null, permission: Permission, unitId?: string): asserts user is SessionUser {
  if (!user) throw unauthenticated();
  if (!can(user, permission, unitId)) throw forbidden(PERMISSION_TEXT[permission]);
}

/**
 * A unit-scoped check on a record the user reached by id: a wrong role is refused (FORBIDDEN, 无权…), but a
 * role that has the permission on other units only is told the record does not exist (NOT_FOUND), so another
 * unit's ids reveal nothing.
 */
export function assertCanOnUnit(user: SessionUser | null, permission: Permission, unitId: string, what = '预算'): asserts user is SessionUser {
  assertCan(user, permission);
  if (!can(user, permission, unitId)) throw notFound(what);
}

/** Prisma `where` on Budget limiting reads to what the user may see. */
export function readableBudgetsWhere(user: SessionUser): { orgId?: { in: string[] } } {
  assertCan(user, 'budget.read');
  return isUnitScoped(user) ? { orgId: { in: user.unitIds } } : {};
}
