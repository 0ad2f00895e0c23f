import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Role } from '../../generated/prisma/enums';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { hashPassword } from '../../auth/password';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, invalidState, notFound } from '../../errors/app-error';
import { assertUuid } from '../internal/budget-lock';

/** At least 10 characters with letters and digits; checked before hashing. */
export function checkPasswordPolicy(password: string): void {
  if (password.length < 10 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw invalid('密码：至少10位，须同时包含字母和数字', [{ field: '密码', message: '至少10位，须同时包含字母和数字' }]);
  }
}

export async function listUsers(db: PrismaClient, user: SessionUser | null) {
  assertCan(user, 'user.manage');
  return db.user.findMany({
    orderBy: { username: 'asc' },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      disabled: true,
      units: { select: { org: { select: { id: true, code: true, name: true } } } },
    },
  });
}

const BINDING_ROLES = '绑定单位：只有单位填报人和主管部门审核人可以绑定单位';

/** An accountant is bound to budget units; a department reviewer to exactly one department; others to none. */
function checkBindingShape(role: Role, codes: string[]): void {
  if (role === 'DEPT_REVIEWER') {
    if (codes.length !== 1) throw invalid('绑定部门：主管部门审核人须绑定且只绑定一个部门', [{ field: '绑定单位', message: '填写一个部门编码' }]);
  } else if (role !== 'ACCOUNTANT' && codes.length > 0) throw invalid(BINDING_ROLES);
}

async function bindableOrgs(tx: Prisma.TransactionClient, role: Role, codes: string[]) {
  const department = role === 'DEPT_REVIEWER';
  const orgs = await tx.organization.findMany({ where: { code: { in: codes }, ...(department ? { isDepartment: true } : { unitKind: { not: null } }) } });
  const missing = codes.filter((c) => !orgs.some((o) => o.code === c));
  if (missing.length > 0) {
    throw invalid(department ? `绑定部门：编码 ${missing.join('、')} 不存在或不是部门` : `绑定单位：单位编码 ${missing.join('、')} 不存在或不是预算单位`);
  }
  return orgs;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  unitCodes: string[];
}

export async function createUser(db: PrismaClient, user: SessionUser | null, input: NewUser): Promise<{ id: string }> {
  assertCan(user, 'user.manage');
  const username = input.username.trim();
  const displayName = input.displayName.trim();
  if (!/^[A-Za-z0-9_.-]{3,64}$/.test(username)) throw invalid('用户名：3至64位字母、数字或 _ . -', [{ field: '用户名', message: '格式不正确' }]);
  if (!displayName || displayName.length > 50) throw invalid('姓名：不能为空且不超过50字', [{ field: '姓名', message: '不能为空且不超过50字' }]);
  checkBindingShape(input.role, input.unitCodes);
  checkPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username } })) throw conflict(`用户名“${username}”已被使用`);
    const orgs = await bindableOrgs(tx, input.role, input.unitCodes);
    const created = await tx.user.create({
      data: { username, displayName, role: input.role, passwordHash, units: { create: orgs.map((o) => ({ orgId: o.id })) } },
    });
    await writeAudit(tx, actorOf(user), {
      action: 'user.create',
      entity: '用户',
      entityId: created.id,
      after: { username, displayName, role: input.role, units: orgs.map((o) => o.code) },
    });
    return { id: created.id };
  });
}

export async function setUserDisabled(db: PrismaClient, user: SessionUser | null, userId: string, disabled: boolean): Promise<void> {
  assertCan(user, 'user.manage');
  assertUuid(userId, '用户');
  if (userId === user.id && disabled) throw invalidState('不能停用自己的账号');
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId } });
    if (!target) throw notFound('用户');
    await tx.user.update({ where: { id: userId }, data: { disabled, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, actorOf(user), {
      action: disabled ? 'user.disable' : 'user.enable',
      entity: '用户',
      entityId: userId,
      before: { disabled: target.disabled },
      after: { disabled },
    });
  });
}

export async function setUserUnits(db: PrismaClient, user: SessionUser | null, userId: string, unitCodes: string[]): Promise<void> {
  assertCan(user, 'user.manage');
  assertUuid(userId, '用户');
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, include: { units: { include: { org: { select: { code: true } } } } } });
    if (!target) throw notFound('用户');
    if (target.role !== 'ACCOUNTANT' && target.role !== 'DEPT_REVIEWER') throw invalid(BINDING_ROLES);
    checkBindingShape(target.role, unitCodes);
    const orgs = await bindableOrgs(tx, target.role, unitCodes);
    await tx.userUnit.deleteMany({ where: { userId } });
    await tx.userUnit.createMany({ data: orgs.map((o) => ({ userId, orgId: o.id })) });
    await writeAudit(tx, actorOf(user), {
      action: 'user.bind-units',
      entity: '用户',
      entityId: userId,
      before: { units: target.units.map((u) => u.org.code) },
      after: { units: orgs.map((o) => o.code) },
    });
  });
}

export async function resetUserPassword(db: PrismaClient, user: SessionUser | null, userId: string, password: string): Promise<void> {
  assertCan(user, 'user.manage');
  assertUuid(userId, '用户');
  checkPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId } });
    if (!target) throw notFound('用户');
    await tx.user.update({ where: { id: userId }, data: { passwordHash, failedAttempts: 0, lockedUntil: null, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, actorOf(user), { action: 'user.reset-password', entity: '用户', entityId: userId, after: { username: target.username } });
  });
}
