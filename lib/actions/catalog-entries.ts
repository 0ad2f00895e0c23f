'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getSessionUser } from '../auth/session';
import { prisma } from '../db/client';
import { addCatalogEntryAsAdmin, renameCatalogEntryAsAdmin, setCatalogEntryRetiredAsAdmin } from '../data/admin/catalog-entries';
import { runAction, zodMessage, type ActionState } from './action-result';

const LABELS: Record<string, string> = {
  year: '预算年度',
  kind: '科目类别',
  code: '编码',
  name: '名称',
  retired: '状态',
  govCodeAdmin: '行政单位政府经济科目',
  govCodeInstitution: '事业单位政府经济科目',
};

const target = {
  year: z.coerce.number().int('预算年度无效').min(2000, '预算年度无效').max(2100, '预算年度无效'),
  kind: z.enum(['FUNCTION', 'DEPT_ECONOMIC', 'GOV_ECONOMIC'], { message: '请选择科目类别' }),
  code: z.string().trim().max(20, '不超过20位'),
};
const named = z.object({ ...target, name: z.string().max(200, '不超过200字') });

const fields = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, form.get(k) ?? '']));

const govCode = z.string().trim().max(20, '不超过20位');
const added = named.extend({ govCodeAdmin: govCode, govCodeInstitution: govCode }).refine((v) => !v.govCodeAdmin === !v.govCodeInstitution, {
  message: '行政单位和事业单位的政府经济科目须同时填写或同时留空',
  path: ['govCodeInstitution'],
});

export async function addCatalogEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = added.safeParse(fields(form, ['year', 'kind', 'code', 'name', 'govCodeAdmin', 'govCodeInstitution']));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { year, kind, code, name, govCodeAdmin, govCodeInstitution } = p.data;
  const mapping = govCodeAdmin ? { govCodeAdmin, govCodeInstitution } : undefined;
  const r = await runAction(`已添加科目 ${code} ${name.trim()}${mapping ? `（对应政府经济科目 ${govCodeAdmin}／${govCodeInstitution}）` : ''}`, async () =>
    addCatalogEntryAsAdmin(prisma(), await getSessionUser(), year, kind, code, name, mapping),
  );
  if (r.ok) revalidatePath('/admin/catalog');
  return r;
}

export async function renameCatalogEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = named.safeParse(fields(form, ['year', 'kind', 'code', 'name']));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { year, kind, code, name } = p.data;
  const r = await runAction(`已更名为“${name.trim()}”`, async () => renameCatalogEntryAsAdmin(prisma(), await getSessionUser(), year, kind, code, name));
  if (r.ok) revalidatePath('/admin/catalog');
  return r;
}

export async function setCatalogEntryRetiredAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const p = z.object({ ...target, retired: z.enum(['true', 'false']) }).safeParse(fields(form, ['year', 'kind', 'code', 'retired']));
  if (!p.success) return zodMessage(p.error.issues, LABELS);
  const { year, kind, code } = p.data;
  const retired = p.data.retired === 'true';
  const done: { codes?: string[] } = {};
  const r = await runAction(
    retired ? '已停用' : '已启用',
    async () => (done.codes = await setCatalogEntryRetiredAsAdmin(prisma(), await getSessionUser(), year, kind, code, retired)),
  );
  if (r.ok) {
    revalidatePath('/admin/catalog');
    if (retired && done.codes) r.message = `已停用 ${done.codes.join('、')}`;
  }
  return r;
}
