import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { UnitKind } from '../../generated/prisma/enums';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { conflict, invalid, notFound } from '../../errors/app-error';
import { assertUuid } from '../internal/budget-lock';
import { invalidateOrgSummaries } from '../internal/budget-summary';

export interface OrganizationInput {
  code: string;
  name: string;
  isDepartment: boolean;
  unitKind: UnitKind | null;
  parentCode: string | null;
}

function check(input: OrganizationInput): void {
  if (!/^\d{3,12}$/.test(input.code)) throw invalid('单位编码：3至12位数字', [{ field: '单位编码', message: '3至12位数字' }]);
  const name = input.name.trim();
  if (!name || name.length > 100) throw invalid('单位名称：不能为空且不超过100字', [{ field: '单位名称', message: '不能为空且不超过100字' }]);
  // A body without a unit kind under a department (a 执法大队 合署办公) has no budget of its own (不单列预算).
  if (!input.isDepartment && !input.unitKind && !input.parentCode) throw invalid(NO_KIND, [{ field: '单位类型', message: '请选择' }]);
}

const NO_KIND = '单位类型：非部门的组织须选择单位类型；不单列预算的机构须填写上级部门';

export async function listOrganizations(db: PrismaClient, user: SessionUser | null) {
  assertCan(user, 'org.manage');
  return db.organization.findMany({ orderBy: { code: 'asc' }, include: { parent: { select: { code: true } } } });
}

export async function createOrganization(db: PrismaClient, user: SessionUser | null, input: OrganizationInput): Promise<{ id: string }> {
  assertCan(user, 'org.manage');
  check(input);
  return db.$transaction(async (tx) => {
    if (await tx.organization.findUnique({ where: { code: input.code } })) throw conflict(`单位编码“${input.code}”已存在`);
    const parent = input.parentCode ? await tx.organization.findUnique({ where: { code: input.parentCode } }) : null;
    if (input.parentCode && (!parent || !parent.isDepartment)) throw invalid(`上级部门：编码“${input.parentCode}”不是已有部门`);
    const org = await tx.organization.create({
      data: { code: input.code, name: input.name.trim(), isDepartment: input.isDepartment, unitKind: input.unitKind, parentId: parent?.id ?? null },
    });
    await writeAudit(tx, actorOf(user), { action: 'org.create', entity: '单位', entityId: org.id, after: input });
    return { id: org.id };
  });
}

export async function updateOrganization(
  db: PrismaClient,
  user: SessionUser | null,
  orgId: string,
  input: { name: string; unitKind: UnitKind | null; disabled: boolean; reviewLevels?: number },
): Promise<void> {
  assertCan(user, 'org.manage');
  assertUuid(orgId, '单位');
  const name = input.name.trim();
  if (!name || name.length > 100) throw invalid('单位名称：不能为空且不超过100字', [{ field: '单位名称', message: '不能为空且不超过100字' }]);
  await db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId } });
    if (!org) throw notFound('单位');
    if (!org.isDepartment && !input.unitKind && !org.parentId) throw invalid(NO_KIND);
    const reviewLevels = input.reviewLevels ?? org.reviewLevels;
    if (reviewLevels !== 1 && reviewLevels !== 2) throw invalid('审核层级：应为一级或两级', [{ field: '审核层级', message: '应为一级或两级' }]);
    if (reviewLevels !== org.reviewLevels && !org.isDepartment) {
      throw invalid('审核层级：只有部门可以设置，所属单位随其部门', [{ field: '审核层级', message: '只有部门可以设置' }]);
    }
    if (org.unitKind && !input.unitKind && (await tx.budget.count({ where: { orgId } })) > 0) {
      throw invalid('单位类型：该单位已有预算，不能改为不单列预算的机构', [{ field: '单位类型', message: '该单位已有预算' }]);
    }
    await tx.organization.update({ where: { id: orgId }, data: { name, unitKind: input.unitKind, disabled: input.disabled, reviewLevels } });
    // Name and kind feed its drafts' documents: their check counts become 未计算.
    if (name !== org.name || input.unitKind !== org.unitKind) await invalidateOrgSummaries(tx, orgId);
    await writeAudit(tx, actorOf(user), {
      action: 'org.update',
      entity: '单位',
      entityId: orgId,
      before: { name: org.name, unitKind: org.unitKind, disabled: org.disabled, reviewLevels: org.reviewLevels },
      after: { name, unitKind: input.unitKind, disabled: input.disabled, reviewLevels },
    });
  });
}
