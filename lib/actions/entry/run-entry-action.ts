import 'server-only';
import { getSessionUser } from '../../auth/session';
import { prisma, type PrismaClient } from '../../db/client';
import type { FieldError } from '../../errors/app-error';
import { appErrorOf } from '../../errors/prisma-errors';
import type { SessionUser } from '../../auth/permissions';

export type ActionResult<T = { version: number }> = ({ ok: true } & T) | { ok: false; code: string; message: string; fieldErrors: FieldError[] };

/** Session → data-layer call → a plain result the client can show; the data layer does every check. */
export async function runEntryAction<T extends object>(call: (db: PrismaClient, user: SessionUser) => Promise<T>): Promise<ActionResult<T>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录', fieldErrors: [] };
  try {
    return { ok: true, ...(await call(prisma(), user)) };
  } catch (e) {
    const app = appErrorOf(e);
    if (app) return { ok: false, code: app.code, message: app.message, fieldErrors: app.fieldErrors };
    console.error(e);
    return { ok: false, code: 'INTERNAL', message: '保存失败：服务器内部错误，请稍后重试', fieldErrors: [] };
  }
}
