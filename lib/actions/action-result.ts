import { appErrorOf } from '../errors/prisma-errors';

export interface ActionState {
  ok: boolean;
  message: string;
  fieldErrors?: { field: string; message: string }[];
}

export const IDLE: ActionState = { ok: false, message: '' };

/** Runs a data-layer call and turns its outcome into a Chinese message for the form. */
export async function runAction(success: string, fn: () => Promise<unknown>): Promise<ActionState> {
  try {
    await fn();
    return { ok: true, message: success };
  } catch (e) {
    const app = appErrorOf(e);
    if (app) return { ok: false, message: app.message, fieldErrors: app.fieldErrors };
    console.error(e);
    return { ok: false, message: '操作失败，请稍后重试；如问题持续，请联系系统管理员' };
  }
}

/** zod issues as a Chinese message naming the fields. */
export function zodMessage(issues: { path: PropertyKey[]; message: string }[], labels: Record<string, string>): ActionState {
  const fieldErrors = issues.map((i) => ({ field: labels[String(i.path[0])] ?? String(i.path[0]), message: i.message }));
  return { ok: false, message: fieldErrors.map((f) => `${f.field}：${f.message}`).join('；'), fieldErrors };
}
