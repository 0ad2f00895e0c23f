'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { createUser, resetUserPassword, setUserDisabled, setUserUnits } from '../data/admin/users';
import { createOrganization, updateOrganization } from '../data/admin/organizations';
import { createFiscalYear, setFiscalYearOpen, setFiscalYearTemplate } from '../data/admin/fiscal-years';
import { saveGlossaryEntry } from '../data/admin/glossary';
import { runAction, zodMessage, type ActionState } from './action-result';

const LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  password: '密码',
  units: '绑定单位',
  userId: '用户',
  code: '单位编码',
  name: '单位名称',
  unitKind: '单位类型',
  parentCode: '上级部门编码',
  reviewLevels: '审核层级',
  orgId: '单位',
  year: '预算年度',
  templateId: '公开模板',
  kind: '科目类别',
  term: '名词',
  definition: '解释',
  sortOrder: '排序',
};

const codes = (v: FormDataEntryValue | null) =>
  String(v ?? '')
    .split(/[\s,，、]+/)
    .map((c) => c.trim())
    .filter(Boolean);
const uuid = z.string().uuid('编号无效');
const unitKind = z.enum(['ADMIN', 'CIVIL_SERVANT_INSTITUTION', 'INSTITUTION']).nullable();

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({
      username: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_.-]{3,64}$/, '3至64位字母、数字或 _ . -'),
      displayName: z.string().trim().min(1, '不能为空').max(50, '不超过50字'),
      role: z.enum(['ACCOUNTANT', 'REVIEWER', 'DEPT_REVIEWER', 'ADMIN'], { message: '请选择角色' }),
      password: z.string().min(10, '至少10位').max(128, '不超过128位'),
      units: z.array(z.string()),
    })
    .safeParse({ ...Object.fromEntries(form), units: codes(form.get('units')) });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { units, ...rest } = p.data;
  const r = await runAction(`已创建用户 ${rest.username}`, async () => createUser(prisma(), await getSessionUser(), { ...rest, unitCodes: units }));
  if (r.ok) revalidatePath('/admin/users');
  return r;
}

export async function setUserDisabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ userId: uuid, disabled: z.enum(['true', 'false']) }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const disabled = p.data.disabled === 'true';
  const r = await runAction(disabled ? '已停用' : '已启用', async () => setUserDisabled(prisma(), await getSessionUser(), p.data.userId, disabled));
  if (r.ok) revalidatePath('/admin/users');
  return r;
}

export async function setUserUnitsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ userId: uuid }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction('绑定单位已保存', async () => setUserUnits(prisma(), await getSessionUser(), p.data.userId, codes(form.get('units'))));
  if (r.ok) revalidatePath('/admin/users');
  return r;
}

export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ userId: uuid, password: z.string().min(10, '至少10位').max(128, '不超过128位') }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  return runAction('密码已重置', async () => resetUserPassword(prisma(), await getSessionUser(), p.data.userId, p.data.password));
}

export async function createOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({
      code: z
        .string()
        .trim()
        .regex(/^\d{3,12}$/, '3至12位数字'),
      name: z.string().trim().min(1, '不能为空').max(100, '不超过100字'),
      unitKind,
      parentCode: z
        .string()
        .trim()
        .regex(/^\d{3,12}$/, '3至12位数字')
        .nullable(),
      isDepartment: z.boolean(),
    })
    .safeParse({
      code: form.get('code') ?? '',
      name: form.get('name') ?? '',
      unitKind: form.get('unitKind') || null,
      parentCode: form.get('parentCode') || null,
      isDepartment: form.get('isDepartment') === 'on',
    });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction(`已创建单位 ${p.data.code}`, async () => createOrganization(prisma(), await getSessionUser(), p.data));
  if (r.ok) revalidatePath('/admin/orgs');
  return r;
}

export async function updateOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({
      orgId: uuid,
      name: z.string().trim().min(1, '不能为空').max(100, '不超过100字'),
      unitKind,
      disabled: z.boolean(),
      reviewLevels: z.enum(['1', '2'], { message: '应为一级或两级' }).transform(Number).optional(),
    })
    .safeParse({
      orgId: form.get('orgId'),
      name: form.get('name') ?? '',
      unitKind: form.get('unitKind') || null,
      disabled: form.get('disabled') === 'on',
      reviewLevels: form.get('reviewLevels') ?? undefined,
    });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { orgId, ...data } = p.data;
  const r = await runAction('已保存', async () => updateOrganization(prisma(), await getSessionUser(), orgId, data));
  if (r.ok) revalidatePath('/admin/orgs');
  return r;
}

export async function createFiscalYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ year: z.coerce.number().int('应为整数').min(2000, '不早于2000').max(2100, '不晚于2100') }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const done: { copied?: Awaited<ReturnType<typeof createFiscalYear>> } = {};
  const r = await runAction(`已创建${p.data.year}年度`, async () => (done.copied = await createFiscalYear(prisma(), await getSessionUser(), p.data.year)));
  if (r.ok) revalidatePath('/admin/years');
  const c = done.copied;
  if (r.ok && c?.fromYear) {
    r.message += `，已复制${c.fromYear}年度的科目表（功能科目 ${c.functions} 条、部门经济科目 ${c.deptEconomic} 条、政府经济科目 ${c.govEconomic} 条）和经济科目对照表 ${c.mapping} 条`;
  }
  return r;
}

export async function setFiscalYearOpenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ year: z.coerce.number().int(), isOpen: z.enum(['true', 'false']) }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const open = p.data.isOpen === 'true';
  const r = await runAction(open ? '已开放编制' : '已结束编制', async () => setFiscalYearOpen(prisma(), await getSessionUser(), p.data.year, open));
  if (r.ok) revalidatePath('/admin/years');
  return r;
}

export async function setFiscalYearTemplateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ year: z.coerce.number().int(), templateId: z.string().min(1, '请选择') }).safeParse(Object.fromEntries(form));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction('公开模板已更改', async () => setFiscalYearTemplate(prisma(), await getSessionUser(), p.data.year, p.data.templateId));
  if (r.ok) revalidatePath('/admin/years');
  return r;
}

export async function saveGlossaryEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z
    .object({
      id: z.coerce.number().int().positive().optional(),
      templateId: z.string().min(1, '请选择').optional(),
      term: z.string().trim().min(1, '不能为空').max(100, '不超过100字'),
      definition: z.string().trim().min(1, '不能为空').max(2000, '不超过2000字'),
      sortOrder: z.coerce.number().int('应为整数').min(0, '不小于0').max(9999, '不大于9999'),
    })
    .safeParse({
      id: form.get('id') || undefined,
      templateId: form.get('templateId') || undefined,
      term: form.get('term') ?? '',
      definition: form.get('definition') ?? '',
      sortOrder: form.get('sortOrder') ?? '0',
    });
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const r = await runAction('名词解释已保存', async () => saveGlossaryEntry(prisma(), await getSessionUser(), p.data));
  if (r.ok) revalidatePath('/admin/glossary');
  return r;
}
